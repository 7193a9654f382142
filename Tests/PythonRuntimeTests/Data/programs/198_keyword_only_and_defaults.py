def f(a, *, b=2, c):
    return a + b + c
print(f(1, c=3), f(1, b=0, c=0))
