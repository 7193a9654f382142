def raises_stop():
    yield 1
    raise StopIteration("inside")

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as error:
    print("RuntimeError:", error)

def fails():
    yield 1
    1 / 0

f = fails()
print(next(f))
try:
    next(f)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
print(next(f, "finished after error"))

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as error:
    print("ValueError:", error)

def lazy():
    print("started")
    yield 1

h = lazy()
print("created")
print(next(h))

def gen():
    yield 1

x = gen()
print(x.__name__ if hasattr(x, "__name__") else "no name")
next(x)
next(x)
