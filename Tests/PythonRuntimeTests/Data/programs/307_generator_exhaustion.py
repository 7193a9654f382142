g = (x for x in range(3))
print(sum(g), sum(g))
