try:
    print(255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 % (255 + -4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1/3 * 2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 // ((True,)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 - -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 * 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 % 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((format(0, ',')) + 2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((10 - 1/3) != 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z' * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(round(True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 > 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-0.0) / 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 % 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 + (3 == 7.75))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 ** 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 + (str(3.0)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(12345, '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(0, 'x'))
except Exception as error:
    print(type(error).__name__, error)
