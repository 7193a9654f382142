print({x % 5 for x in range(20)}, sorted({3, 1, 2}), len({1, 1.0, True}), {1, 2} | {3})
