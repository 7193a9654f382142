class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "end"))
for n in Countdown(2):
    print("n =", n)

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i

print(list(Squares(4)), 9 in Squares(4))

class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1

for n in Naturals():
    if n > 3:
        break
print("stopped at", n)

class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Managed("a") as m:
    print("inside", m.name)
with Managed("b", swallow=True):
    raise ValueError("hidden")
print("after b")
try:
    with Managed("c"), Managed("d"):
        raise KeyError("k")
except KeyError as error:
    print("caught", repr(error))

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as error:
    print("TypeError:", error)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

d = Dynamic()
print(d.xyz, getattr(d, "x1"), hasattr(d, "y"))

class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

r = Recorder()
r.a = 1
print(r.a)
