try:
    print((format((7), '08.3f')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 % 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format((12345 != -4), '')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 - 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 < 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e20 < -4) // (sorted([2, 3, (1)])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((255 + 2.5), '.0%'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((12345 != (bool(1/3))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((10 >= 2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 * 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 * (sorted([1, 2, (bool(-4 // 1))])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(False, 1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf') ** -2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 ** 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 - (7.75))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 + 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('Hello'.upper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(255, 3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 - (1e20 / True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float(False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 - (7 >= 0.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(7.75, '+.1e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e-3 / -4) - -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((max(1/3, (max(7.75, -4)))))
except Exception as error:
    print(type(error).__name__, error)
