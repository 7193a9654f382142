def g(a): pass
g(b=1)
