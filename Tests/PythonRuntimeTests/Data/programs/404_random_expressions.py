try:
    print(0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs('' < '3'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((-4,)) // False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 + -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(1, (-1 // 12345)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(12345, 'd'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(3, 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x y z' + 'x y z')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(7, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1e20 <= (3 - 0.1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 + 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((-0.0 - -4), '>8'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(255, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(repr((3 // 2.5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(1e20, '.2f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 / 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 < (1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(2.5, '.3'))
except Exception as error:
    print(type(error).__name__, error)
