class Vector:
    def __init__(self, *components):
        self.components = list(components)
    def __repr__(self):
        return "Vector(" + ", ".join(repr(c) for c in self.components) + ")"
    def __str__(self):
        return "<" + ", ".join(str(c) for c in self.components) + ">"
    def __len__(self):
        return len(self.components)
    def __getitem__(self, index):
        return self.components[index]
    def __setitem__(self, index, value):
        self.components[index] = value
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.components, other.components)])
        if isinstance(other, (int, float)):
            return Vector(*[a + other for a in self.components])
        return NotImplemented
    def __radd__(self, other):
        return self + other
    def __mul__(self, scalar):
        return Vector(*[a * scalar for a in self.components])
    def __rmul__(self, scalar):
        return self * scalar
    def __neg__(self):
        return Vector(*[-a for a in self.components])
    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components
    def __lt__(self, other):
        return len(self) < len(other)
    def __bool__(self):
        return any(self.components)
    def __contains__(self, item):
        return item in self.components
    def __iter__(self):
        return iter(self.components)
    def __call__(self, scale):
        return self * scale

v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), [v, w], str([v]))
print(v + w, v + 1, 1 + v, v * 2, 3 * v, -v)
print(len(v), v[0], v[-1], v[0:1])
v[0] = 10
print(v)
print(v == Vector(10, 2), v != Vector(10, 2), v == 5, v < Vector(1, 2, 3), Vector(1, 2, 3) > v)
print(bool(Vector(0, 0)), bool(v), 2 in v, 7 in v)
print(list(v), sum(v), sorted(Vector(3, 1, 2)), max(Vector(4, 9)))
print(v(3))
x, y = v
print(x, y, f"{v}", f"{v!r}")
try:
    v + "s"
except TypeError as error:
    print("TypeError:", error)
try:
    hash(v)
except TypeError as error:
    print("TypeError:", error)
try:
    {v: 1}
except TypeError as error:
    print("TypeError:", error)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, len({Key(2), Key(2)}))

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))
try:
    a < b
except TypeError as error:
    print("TypeError:", error)
try:
    len(a)
except TypeError as error:
    print("TypeError:", error)
try:
    a[0]
except TypeError as error:
    print("TypeError:", error)
try:
    a()
except TypeError as error:
    print("TypeError:", error)
try:
    for _ in a:
        pass
except TypeError as error:
    print("TypeError:", error)
print(repr(a).startswith("<__main__.Plain object at 0x"))

class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as error:
    print("ValueError:", error)

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as error:
    print("TypeError:", error)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as error:
    print("TypeError:", error)
