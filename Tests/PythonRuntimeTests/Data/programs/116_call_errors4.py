def g(*, k): pass
g()
