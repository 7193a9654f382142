# collections.namedtuple: construction, fields, tuple behaviour, _asdict/_replace/_make, CPython's errors.
from collections import namedtuple
Point = namedtuple('Point', 'x, y')
p = Point(1, y=2)
print(p, repr(Point), Point.__name__, type(p).__name__, p._fields, p.x, p.y)
print(p._asdict(), p._replace(x=5), p._make([3, 4]), p == (1, 2), (1, 2) == p, p != Point(2, 1))
print(hash(p) == hash((1, 2)), {p: 'found'}[(1, 2)], p[0], p[-1], p[:1], len(p), list(p), bool(Point(0, 0)))
print(p + (3,), type(p + (3,)).__name__, (0,) + p, p * 2, isinstance(p, tuple), isinstance(p, Point))
x, y = p
print(x, y, p < (1, 3), max(Point(1, 5), Point(2, 0)), sorted([Point(2, 1), Point(1, 9)]))
print(p.count(1), p.index(2), str(p), f'{p}', [p], {'k': p})
Pair = namedtuple('Pair', ['left', 'right'], defaults=[0])
print(Pair(1), Pair(1, 2), Pair(right=3, left=4))
Renamed = namedtuple('Renamed', 'a 1 class a _b', rename=True)
print(Renamed._fields if False else Renamed(1, 2, 3, 4, 5)._fields)
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()), Empty() == ())
Other = namedtuple('Point', 'x y')
print(Other(1, 2) == p, type(Other(1, 2)) is type(p), isinstance(Other(1, 2), Point))
for text, test in [
    ("Point(1)", lambda: Point(1)),
    ("Point(1, 2, 3)", lambda: Point(1, 2, 3)),
    ("Point(1, x=2)", lambda: Point(1, x=2)),
    ("Point(1, 2, z=3)", lambda: Point(1, 2, z=3)),
    ("namedtuple('P', 'x x')", lambda: namedtuple('P', 'x x')),
    ("namedtuple('P', 'x _y')", lambda: namedtuple('P', 'x _y')),
    ("namedtuple('P', 'x class')", lambda: namedtuple('P', 'x class')),
    ("namedtuple('1P', 'x')", lambda: namedtuple('1P', 'x')),
    ("namedtuple('P', 'a', defaults=[1, 2])", lambda: namedtuple('P', 'a', defaults=[1, 2])),
    ("p.z", lambda: p.z),
    ("p._replace(z=1)", lambda: p._replace(z=1)),
    ("p._make([1])", lambda: p._make([1])),
    ("p[5]", lambda: p[5]),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
try:
    p.x = 3
except AttributeError as error:
    print('AttributeError', error)
