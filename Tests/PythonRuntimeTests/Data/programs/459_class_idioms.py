class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    __hash__ = None

wallet = [Money(5), Money(1), Money(3)]
print(sorted(wallet), min(wallet), max(wallet), sum(wallet))
print(sorted(wallet, reverse=True), Money(3) in wallet, wallet.index(Money(3)))
m = Money(1)
alias = m
m += Money(2)
print(m, alias, m is alias, m != Money(3), m == Money(3))
try:
    Money(1) <= Money(2)
except TypeError as error:
    print("TypeError:", error)

class Shape:
    registry = []
    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)
    @property
    def area(self):
        return 0
    @classmethod
    def unit(cls):
        return cls("unit")
    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name} area={self.area}>"

class Square(Shape):
    def __init__(self, name, side=1):
        super().__init__(name)
        self.side = side
    @property
    def area(self):
        return self.side ** 2
    @classmethod
    def unit(cls):
        shape = super().unit()
        shape.side = 2
        return shape

print(Square("a", 3), Square.unit(), Shape.unit(), Shape.registry)
print(isinstance(Square.unit(), (int, Shape)), type(Square.unit()) is Square)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return len(self) > 0
    def __iter__(self):
        return reversed(self._items)

s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s.pop(), bool(s), bool(Stack()))
while s:
    print("popped", s.pop())
try:
    s.pop()
except IndexError as error:
    print("IndexError:", error)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        row, col = key
        return self.cells.get((row, col), ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __contains__(self, key):
        return key in self.cells

g = Grid()
g[0, 1] = "x"
print(g[0, 1], g[1, 1], (0, 1) in g, (2, 2) in g)
print(sorted(g.__dict__))

class Greeter:
    def hello(self, name):
        return "hello " + name
    @classmethod
    def make(cls):
        return cls()

greeter = Greeter()
method = greeter.hello
print(method("x"), method.__name__, method.__qualname__, method.__self__ is greeter, method.__func__ is Greeter.hello)
print(repr(method).startswith("<bound method Greeter.hello of <__main__.Greeter object at 0x"))
print(repr(Greeter.make).startswith("<bound method Greeter.make of <class '__main__.Greeter'>>"))
print(callable(greeter), callable(method), callable(Vector) if False else callable(Greeter))

class Callable:
    def __call__(self):
        return "called"
print(callable(Callable()), Callable()())
