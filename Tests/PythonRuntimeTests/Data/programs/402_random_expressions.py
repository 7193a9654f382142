try:
    print(2.5 - 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((7 % -4)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 < (len('')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0 * False) > (255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((7 + 0.1)) / 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 <= 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print({(2.5 == 2): 1})
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(0.5, 2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((str(10))) / 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((1/3 > 255) < (3 + 12345)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z' < 'ab')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((10 * 255) + -1.25)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 - ((-0.0)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((12345 + 7.75))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 <= 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 * 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print({255: 1})
except Exception as error:
    print(type(error).__name__, error)
try:
    print((False + 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 * 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((min((7), 1)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((divmod(7, 1e-3)) - 0.1)
except Exception as error:
    print(type(error).__name__, error)
