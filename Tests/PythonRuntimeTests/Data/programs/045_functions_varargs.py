def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2))
def g(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6))
args = [1, 2]
kw = {'c': 9}
print(g(*args, **kw), g(*range(4), c=0))
print(max(*[3, 7, 2]), '{a}-{b}'.format(**{'a': 1, 'b': 2}))
