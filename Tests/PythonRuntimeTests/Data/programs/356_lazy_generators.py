print(any(x > 5 for x in range(10**12)), next(x for x in range(10**15) if x > 3), all(x < 3 for x in range(10**12)))
g = (x * y for x in range(3) for y in range(x) if y)
print(list(g), list(g))
