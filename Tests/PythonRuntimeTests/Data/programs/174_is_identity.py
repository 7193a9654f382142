a = [1]
b = [1]
print(a is b, a == b, a is a, None is None, 1 is 1 if False else True)
