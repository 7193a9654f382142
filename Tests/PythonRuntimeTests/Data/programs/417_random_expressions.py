try:
    print((0.1) >= 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 != False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e-3 != 2) - 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 / 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 * 12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(7, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 * -1.25)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('' < 'ab')
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2 // 0.1) % 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(12345, '+.1e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False + (12345 < -0.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 + 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3 + 1) + (3 % 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 + (0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max((max(3, 0.5)), 255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 // -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 * (-4 == 255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len('x y z'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('' < '3')
except Exception as error:
    print(type(error).__name__, error)
