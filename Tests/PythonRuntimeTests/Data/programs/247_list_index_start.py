a = [1, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(1, -2))
a.index(1, 3)
