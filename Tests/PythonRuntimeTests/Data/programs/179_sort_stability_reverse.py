items = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]
print(sorted(items, key=lambda t: t[1], reverse=True))
items.sort(key=lambda t: t[1])
print(items)
