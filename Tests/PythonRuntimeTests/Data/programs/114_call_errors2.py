def g(a, b=1): pass
g(1, 2, 3)
