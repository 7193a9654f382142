d = {'a': 1, 'b': 2}
k = d.keys()
d['c'] = 3
print(k, len(k), 'c' in k, list(d.items())[0], sorted(d.values(), reverse=True))
