try:
    print(3 > (255 + 12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(7, False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255 > 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 + float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((-1.25 * 7),))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3 ** 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z' * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1 / 1e-3) >= ('ab'[::-1]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 + -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 / 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(10, 12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 + (True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(3.0, '.2f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((-1 - -4) % 255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 ** 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 + 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf') + (max(3.0, -4)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((1 ** 1) / (12345 >= 12345)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 < (abs(0 > -1.25)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1 <= -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(7, 7))
except Exception as error:
    print(type(error).__name__, error)
