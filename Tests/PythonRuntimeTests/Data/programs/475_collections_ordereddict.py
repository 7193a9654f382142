# OrderedDict: repr, order-sensitive equality with another OrderedDict, move_to_end, popitem(last=).
from collections import OrderedDict
import collections
od = OrderedDict()
print(od, repr(od), len(od), type(od), type(od).__name__)
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print({'b': 2, 'a': 1} == OrderedDict(a=1, b=2), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict([('x', [1, 2]), ('y', {'z': None})]))
print(isinstance(od, dict), isinstance(od, OrderedDict), isinstance({}, OrderedDict), issubclass(OrderedDict, dict))
c = od.copy()
c['q'] = 9
print(type(c).__name__, c, od, dict(c), type(dict(c)).__name__)
print(collections.OrderedDict.__name__, OrderedDict.fromkeys if False else None)
print(OrderedDict(zip('abc', range(3))), list(OrderedDict(zip('abc', range(3))).items()))
d = OrderedDict.__call__ if False else OrderedDict(x=1)
d.update({'y': 2}, z=3)
print(d, d.get('w', 0), 'x' in d, d.pop('x'), d, d.setdefault('k', []), d)
print(OrderedDict({'n': OrderedDict(m=1)}))
print(od | {'e': 5}, type(od | {'e': 5}).__name__)
for text, test in [
    ("od.move_to_end('nope')", lambda: od.move_to_end('nope')),
    ("OrderedDict().popitem()", lambda: OrderedDict().popitem()),
    ("OrderedDict(1, 2)", lambda: OrderedDict(1, 2)),
    ("od.nope", lambda: od.nope),
    ("OrderedDict(5)", lambda: OrderedDict(5)),
    ("od['missing']", lambda: od['missing']),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
