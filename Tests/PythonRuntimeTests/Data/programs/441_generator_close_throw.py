def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()
print(list(g))
g.close()

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as error:
            print("caught", error)
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as error:
    print("KeyError escaped", error)
print(next(c, "exhausted"))

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    s.throw(ValueError("stop"))
except ValueError as error:
    print("ValueError:", error, next(s, "finished"))

def unstarted():
    print("never runs")
    yield 1

u = unstarted()
u.close()
print(next(u, "closed"))
