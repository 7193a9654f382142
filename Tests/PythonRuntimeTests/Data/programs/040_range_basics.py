print(range(5), range(1, 10, 2), list(range(5, 0, -1)), list(range(0)), len(range(0, 100, 7)))
r = range(2, 20, 3)
print(r[0], r[-1], r[1:3], 11 in r, 12 in r, list(reversed(range(3))), sum(range(101)))
