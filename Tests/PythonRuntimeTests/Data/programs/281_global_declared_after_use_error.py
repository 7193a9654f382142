def f():
    return undefined_global
f()
