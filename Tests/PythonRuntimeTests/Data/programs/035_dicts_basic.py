d = {"lr": 0.1, "steps": 3}
print(d["lr"], len(d), d)
d['momentum'] = 0.9
d['lr'] = 0.01
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('x'), d.get('x', 0), d.get('steps'), 'lr' in d, 0.9 in d)
print(d.pop('steps'), d, d.setdefault('a', 1), d.setdefault('a', 2), d)
d.update({'b': 2}, c=3)
print(d, d.keys(), d.values(), d.items())
del d['a']
print(d, {1: 'a', 1.0: 'b', True: 'c'}, dict(a=1, b=2), dict([('x', 1), ('y', 2)]))
