try:
    print(1e-3 % 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((3 / 2), '.2f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('' * 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(0.5, '_d'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e20 / 7.75))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 * 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod((255 - 10), 3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7 // 3) // 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 * 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3 * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 % 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-1.25 / True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((round(3.0 >= 3.0, 0)), '.2f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 > 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-1 // 12345) + -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format(-4, 'x')) + (3.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs((1) - (3 * 255)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 * (3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 != 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 < 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 / (0.1))
except Exception as error:
    print(type(error).__name__, error)
