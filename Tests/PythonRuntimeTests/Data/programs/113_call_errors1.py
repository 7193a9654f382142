def g(a, b=1): pass
g()
