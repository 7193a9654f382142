g = (i * 2 for i in range(3))
print(next(g), next(g), list(g), list(g))
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in [1, 2, 0]), sum((1 for _ in range(4)), 10))
