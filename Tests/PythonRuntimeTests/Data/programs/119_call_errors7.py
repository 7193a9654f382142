def h(a, b, c): pass
h()
