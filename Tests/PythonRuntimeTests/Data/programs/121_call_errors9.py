def h(x): pass
h(1, 2)
