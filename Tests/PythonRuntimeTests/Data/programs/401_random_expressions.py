try:
    print(2.5 // (10 != 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float(max(3.0, (7 * True))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3,))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7.75 < 1) % 12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min((repr(-4)), (2 ** 0.5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(float('inf'), (255 == 0)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(bool((3) > (7)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((format(False, 'e'))) % -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(1/3, '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 + (str(2)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(str(False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(format(3, '^9.3g')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((False <= -0.0) - float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format(10, '>8')) / False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1 ** 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(-1, '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0 ** 0) * ((-4 + 3)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3 + 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((1)) > 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(2, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2 % 0) // 1/3)
except Exception as error:
    print(type(error).__name__, error)
