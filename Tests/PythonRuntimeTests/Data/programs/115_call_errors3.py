def g(a): pass
g(1, a=2)
