d = {'b': 2, 'a': 1}
print(sorted(d.items()), list(map(str, range(3))), sorted(d, reverse=True), [k for k in sorted(d)])
