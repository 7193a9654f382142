a = [1]
a.append(a)
print(a)
d = {}
d['self'] = d
print(d)
