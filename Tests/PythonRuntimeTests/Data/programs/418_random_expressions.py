try:
    print(255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((min(10, 3)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(-0.0, 3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(255, (7)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(3, -0.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(('x y z' < 'x y z'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 + (10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((7 >= 3), '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('Hello'.upper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e-3 <= 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 + (({1: 1})))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 + -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(255, 2))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 + 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 * 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 - 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1/3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 % 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 % (255 * 2))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2 / True))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3.0) * 12345)
except Exception as error:
    print(type(error).__name__, error)
