def outer(a, b=[]):
    b.append(a)
    return b
print(outer(1), outer(2), outer(3, []))
def apply(f, *xs):
    return [f(x) for x in xs]
print(apply(abs, -1, -2), apply(str, 1, 2.5))
