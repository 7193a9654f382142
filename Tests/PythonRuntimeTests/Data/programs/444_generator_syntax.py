def f():
    x = yield
    y = yield x, 1
    z = (yield)
    w = yield from g()
    t = 1 + (yield 2)
    u += yield
    print((yield))
    return x

print(f.__name__)
x = yield 1
