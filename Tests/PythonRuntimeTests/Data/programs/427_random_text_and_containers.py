try:
    print(list(enumerate([])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(255 in [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(f'{7.75:08.3f}')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] < [])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([[1, 2], [0]])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:d}'.format(1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:^9.3g}'.format(3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:08.3f}'.format(12345))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('x', [[1, 2], [0]])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.strip())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([3, 1, 2])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.split())
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] + (4, 5, 6))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len(list(range(5))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('banana', [1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2][-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.replace('a', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%x' % 'x')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip([[1, 2], [0]], 'a,b,,c')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.replace(' ', ''))
except Exception as error:
    print(type(error).__name__, error)
