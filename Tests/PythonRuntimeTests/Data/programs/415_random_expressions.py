try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((-1)) - False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((abs(1e20)) + (1/3)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 - 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7 - 10) < 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z'[::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([(10 + -1), 0.5])
except Exception as error:
    print(type(error).__name__, error)
try:
    print((int(10 ** 0)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 + 12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(round((format(3, '.3')) * (0 * 1e-3), -1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 >= ((-1)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(str(max(1/3, False)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((3 / -1), ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(False, '08.3f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20 // (12345 * 7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 // -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(divmod((3.0 // 1e-3), True)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 * 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3'[::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 * 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 < (float('inf')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 == (-0.0))
except Exception as error:
    print(type(error).__name__, error)
