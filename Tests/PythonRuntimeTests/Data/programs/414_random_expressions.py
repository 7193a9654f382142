try:
    print((7.75 >= True) * -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 * (-1 * 7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(2, 1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(0, -4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((7.75 + 7), '.2f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 ** -2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(1, False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(0, '_d'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len('Hello'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1 > 1/3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 * (format(12345, 'x')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int(0.1 == (7.75 * -1)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False <= 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 / 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((3.0 - 7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 // True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 - (format(0.1, '_d')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3 < -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 / -1.25)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
