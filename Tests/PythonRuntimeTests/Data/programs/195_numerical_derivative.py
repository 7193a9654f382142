def f(x):
    return x ** 3 + 2 * x
h = 1e-5
x = 2.0
d = (f(x + h) - f(x - h)) / (2 * h)
print(round(d, 4), f'{d:.3f}')
