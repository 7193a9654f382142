try:
    print(int('3.5e2'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip(list(range(5)), 'héllo wörld')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) < [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x'.strip(' a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.endswith(' '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:e}'.format(2.5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.swapcase())
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.rfind(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.replace('a', ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5))[5])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.rjust(-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:.3}'.format(12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('MiXeD Case'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] + list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.replace('a', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 in [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] < (4, 5, 6))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] + ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'[1:4:2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] + [])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('banana'))
except Exception as error:
    print(type(error).__name__, error)
