def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value, stop.args)

def echo():
    received = yield "ready"
    yield "got " + str(received)

e = echo()
try:
    e.send(1)
except TypeError as error:
    print("TypeError:", error)
print(e.send(None))
print(e.send(42))
print(next(e, "end"))

def gen_return():
    yield 1
    return "finished"

g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print(repr(stop.value), str(stop))
