print([x if x % 2 else -x for x in range(5)], [[j for j in range(i)] for i in range(3)], {i: i ** 2 for i in range(3)})
