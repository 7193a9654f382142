try:
    print(False // (3.0 != -4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 != 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 + float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(7, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((True < 7) - (format(2, '.0%')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 - 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((False < 3)) * -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 + True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 * 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(True, '08.3f'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.5 // (7.75 ** 1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((2,)) >= -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(10 * 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 * (format(3, '_d')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75 % True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((float('inf') + 255) * (3 + -1.25)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 <= (1e-3 - 0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(str(0 == -4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1 + 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float(float('inf') ** 0.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print({3.0: 1})
except Exception as error:
    print(type(error).__name__, error)
