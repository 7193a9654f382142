try:
    print(1e-3 <= (255 * 1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False != (0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True // ((10 + 12345)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('ab'.upper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7) + (str(12345 // 12345)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0 / 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(False, -4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((repr((max(255, False)))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((('Hello' < 'ab')) - -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((round(255 // 255, 3)) / (1/3 + 10))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((2 - -0.0)) % 1/3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 + 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format(float('inf'), '<6')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((max(0, 2)) // -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 + 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1 - (True < 12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3' + 'Hello')
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0.5) / (7))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(255, False))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('' < 'x y z')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7)
except Exception as error:
    print(type(error).__name__, error)
