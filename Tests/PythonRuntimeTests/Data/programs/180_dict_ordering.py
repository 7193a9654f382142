d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
del d['a']
d['a'] = 4
print(d, list(d))
