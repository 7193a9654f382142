print(sum(x for x in range(4)), sorted((x for x in [3, 1, 2]), reverse=True))
