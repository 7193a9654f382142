try:
    print((12345 + (1)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(round(-4 + 1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((round(1, 0)) <= (12345 + 1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0.1) <= -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 + False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((max(7.75, 255)), '^9.3g'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(str((max(10, -0.0)) - 7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-4 == 3) + 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False == (0.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len('x y z'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 % -1.25)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 == 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e-3 * (True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 % (-4 / float('inf')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3'.upper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7 % False) + (12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20 < 2.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format(-4, '08.3f')) ** 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 * (bool(7 % 0.5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(0.1, '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(bool({(-0.0 >= -1): 1}))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(0, '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7 ** 0.5) * 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(float('inf'), '+.1e'))
except Exception as error:
    print(type(error).__name__, error)
