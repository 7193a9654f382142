try:
    print('x'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('héllo wörld'[::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%.2f' % 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5))[-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.split('a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] < ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] + ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] + ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([[1, 2], [0]])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 in (4, 5, 6))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('  padded  '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([3, 1, 2])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.rjust(0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('x', [[1, 2], [0]])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.split(','))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('héllo wörld', [])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%-6s' % 'x')
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] * 0)
except Exception as error:
    print(type(error).__name__, error)
