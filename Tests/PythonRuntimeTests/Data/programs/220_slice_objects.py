s = slice(1, 3)
print([0, 1, 2, 3][s], s, 'hello'[slice(None, None, -1)])
