x = 5
print(type(x) == int, type(x) is int, type(True) is bool, type(x) in (int, float), type(print), type(type))
