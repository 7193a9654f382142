try:
    print(abs((255 * -1.25) == 0.1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int(1 % 1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255 * 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 % (round(1e20 != 2, -1)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2.5 * 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 / -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('Hello' * 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1/3 // ((format(float('inf'), '08.3f'))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(round(0, -1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('inf') >= 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 < (0 + 1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format((False + 255), '^9.3g')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255 <= 7)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((-1), '<6'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(3, ','))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(7.75, 'e'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1/3, True])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(abs(divmod(255, (-4))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(1)
except Exception as error:
    print(type(error).__name__, error)
