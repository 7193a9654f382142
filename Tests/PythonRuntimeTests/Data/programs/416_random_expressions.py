try:
    print({False: 1})
except Exception as error:
    print(type(error).__name__, error)
try:
    print(pow(12345, ((10 / 7))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(repr(([2.5, 1/3]) >= 3.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0 / 0) + -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 == 0.1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len('Hello'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 <= -4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2 * 2.5) == (12345 % 3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((7 + 2)) + 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 < 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((-4))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((0), ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((255 + 255) - ((10)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(((max(7, True))) - -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((1/3 % False) - (255))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 ** 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted([1/3, 10, 1e20]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([10, float('inf')])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(False > 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(divmod(-0.0, 1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2 / 1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(True)
except Exception as error:
    print(type(error).__name__, error)
