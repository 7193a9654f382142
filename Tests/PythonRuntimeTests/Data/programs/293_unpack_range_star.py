first, *rest = range(4)
print(first, rest)
