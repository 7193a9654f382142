print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
