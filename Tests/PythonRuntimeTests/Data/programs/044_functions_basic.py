def f(t):
    return 3 * t ** 2 + 2 * t

def g():
    pass

print(f(1), f(2.0), g(), f.__name__)
def scale(t, factor=2.0):
    return t * factor
print(scale(3), scale(3, 0.5), scale(t=1, factor=10), scale(factor=3, t=2))
