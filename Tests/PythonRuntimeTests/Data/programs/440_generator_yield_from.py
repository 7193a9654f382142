def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def chain(*iterables):
    for iterable in iterables:
        yield from iterable

print(list(chain([1, 2], (3,), {"k": 1}, range(2))))
