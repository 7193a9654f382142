try:
    print('x y z'[::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-1 > 255) ** 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('Hello' * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 - 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float(12345 < 12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 * (1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 * 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(2.5, '<6'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(bool(-4 + float('inf')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(10, '08.3f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(3, 255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-0.0) ** 1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1 / 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 == -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-1) - 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min((repr({-0.0: 1})), 1/3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(({float('inf'): 1}) ** -2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((False ** 0.5) + 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 + 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 > 0.1)
except Exception as error:
    print(type(error).__name__, error)
