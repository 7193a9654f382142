# obj.__dict__ and vars(obj) are the instance's live attribute dictionary.
class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d, type(d).__name__)
d['z'] = 3
print(p.z, hasattr(p, 'z'))
vars(p)['x'] = 10
print(p.x)
p.w = 4
print(d)
del d['y']
print(hasattr(p, 'y'), d)
del p.z
print(d, list(vars(p)))
d.update(q=7, r=8)
print(p.q, p.r, sorted(d))
d.clear()
print(vars(p), hasattr(p, 'x'), p.kind)
setattr(p, 'k', 1)
print(d, 'kind' in vars(Point), vars(Point)['kind'])
class Plain:
    pass
print(vars(Plain()), Plain().__dict__)
for text, test in [
    ("vars(5)", lambda: vars(5)),
    ("vars(1, 2)", lambda: vars(1, 2)),
    ("vars([])", lambda: vars([])),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
class Guarded:
    def __delattr__(self, name):
        print('refusing to delete', name)
g = Guarded()
g.a = 1
del g.a
print(g.a)
q = Point(0, 0)
try:
    del q.nope
except AttributeError as error:
    print('AttributeError', error)
try:
    del q.kind
except AttributeError as error:
    print('AttributeError', error)
del q.x
print(vars(q))
import copy
r = Point(5, 6)
r.__dict__[1] = 'one'
r.extra = 7
twin = copy.copy(r)
print(vars(twin), twin.extra, copy.deepcopy(r).__dict__, vars(r) is not vars(twin))
