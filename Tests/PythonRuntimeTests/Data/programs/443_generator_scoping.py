def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()

print(list(counter()))

total = 0
def adds():
    global total
    for i in range(4):
        total += i
        yield total

print(list(adds()), total)

def outer(prefix):
    def gen(items):
        for item in items:
            yield prefix + item
    return gen

print(list(outer("x-")(["a", "b"])))
make = lambda n: (i * 2 for i in range(n))
print(list(make(4)))

def pairs(n):
    for i in range(n):
        for j in range(i):
            yield i, j

print(list(pairs(4)))

def with_default(items=(1, 2, 3), *rest, scale=10, **extra):
    for item in items + rest:
        yield item * scale
    yield sorted(extra)

print(list(with_default((1,), 2, 3, scale=2, b=1, a=2)))

def recursive(n):
    if n > 0:
        yield n
        yield from recursive(n - 1)

print(list(recursive(30)))
