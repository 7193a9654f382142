try:
    print(abs(float('inf')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7 + 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((format((pow(True, -1.25)), '<6')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1.25 <= False)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((7 != -1) != 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format((0 / 0.1), ','))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(format(-1.25, ','))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 % 1e-3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2) ** 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((repr(0)) - 10)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((float('inf'),))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255 - 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(False, 12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0.1 // 2.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 % -0.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-0.0 != (float(pow(-1.25, -4))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(2 + 7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((str((format(True, '')))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(min(10, 2))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((2.5) >= 12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((0 // 3.0) + 255)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(7.75)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('' * 2)
except Exception as error:
    print(type(error).__name__, error)
