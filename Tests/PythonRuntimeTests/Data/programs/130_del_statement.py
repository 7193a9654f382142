x = 5
del x
a = [1, 2, 3, 4]
del a[1]
d = {'a': 1, 'b': 2}
del d['a']
print(a, d)
print(x)
