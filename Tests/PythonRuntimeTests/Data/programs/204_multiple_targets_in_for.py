for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, b in [(1, 2, 3)]:
    pass
