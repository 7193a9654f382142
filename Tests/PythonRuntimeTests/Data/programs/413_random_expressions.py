try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 + (format(2, 'd')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 % (False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 - 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(bool(2 != 2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1/3 * 3.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 ** 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((-1 + 1), '<6'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int(abs(255 ** -2)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7.75 % False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True != 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 / (1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True <= -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True - 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 + (10 / 7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(1, 'g'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20 - 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1)
except Exception as error:
    print(type(error).__name__, error)
