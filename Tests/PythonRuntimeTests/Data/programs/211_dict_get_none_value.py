d = {'a': None}
print(d.get('a', 5), 'a' in d, d)
