try:
    print(['b', 'a'] == [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(set((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] < list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate((4, 5, 6))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(''.isalpha())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(3 in [])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(''.replace(' ', ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(''.endswith('an'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:d}'.format(12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.replace('a', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5))[5])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] == [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('  padded  '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 in [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:^9.3g}'.format(1e20))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('3.5e2', list(range(5)))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.swapcase())
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.upper())
except Exception as error:
    print(type(error).__name__, error)
