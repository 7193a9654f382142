class Point:
    """A point."""
    dimensions = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dimensions, p.dimensions)
q = p.moved(1)
print(q.x, q.y, type(q).__name__, type(q) is Point)
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, object))
Point.dimensions = 3
print(p.dimensions)
p.dimensions = 10
print(p.dimensions, Point.dimensions, q.dimensions)
print(Point.norm2(p))
m = p.norm2
print(m())
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted(vars(p)) if False else sorted(p.__dict__))
print(p.__class__ is Point)

class Empty:
    pass

e = Empty()
e.value = 5
print(e.value)
try:
    Empty(1)
except TypeError as error:
    print("TypeError:", error)
try:
    p.missing
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point.missing
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point()
except TypeError as error:
    print("TypeError:", error)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1

Counter(); Counter()
print(Counter.count)

class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as error:
    print("TypeError:", error)

def make(base):
    class Local:
        factor = base
        def scaled(self, x):
            return x * base * self.factor
    return Local

print(make(3)().scaled(2))
x = 10
class Scoped:
    x = x + 1
    y = [x for _ in range(2)]
    def get(self):
        return x
print(Scoped.x, Scoped().get())
