try:
    print('a,b,,c'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.replace('a', ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('banana'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted(['b', 'a']))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum(['b', 'a']))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([1.5, -2, 0] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([3, 1, 2]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join(map(str, [[1, 2], [0]])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.lower())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] + [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] == [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip(list(range(5)), '1_000')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%s' % 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:.2f}'.format(7.75))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(f'{-1.25:_d}')
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.zfill(-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([][::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:<6}'.format('héllo wörld'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] == [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] + [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('  padded  '))
except Exception as error:
    print(type(error).__name__, error)
