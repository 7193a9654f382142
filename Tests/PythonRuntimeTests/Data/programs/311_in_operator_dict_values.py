d = {'a': 1}
print(1 in d.values(), 'a' in d.keys(), ('a', 1) in d.items(), 'b' not in d)
