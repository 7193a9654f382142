f = lambda x, y=None: x if y is None else x + y
print(f(1), f(1, 2))
