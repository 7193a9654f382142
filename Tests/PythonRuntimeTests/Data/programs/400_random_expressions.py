try:
    print(255 * 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e-3 ** 0) > 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 // 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True / 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False != (3 + 3.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((-1 - -4), '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z'[::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(repr((7) % float('inf')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 - 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(False, 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-4) - 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(1e-3, '08.3f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3) // (divmod(False, False)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf') < 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0 > 7.75) == (3.0 ** 0.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3'[::-1])
except Exception as error:
    print(type(error).__name__, error)
