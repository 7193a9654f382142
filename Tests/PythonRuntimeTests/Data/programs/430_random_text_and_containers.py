try:
    print('%e' % 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(set([3, 1, 2]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 in list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%d' % 0.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%s' % '  padded  ')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(12345 in [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip(['b', 'a'], 'x')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('  padded  '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] + [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:g}'.format(1/3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'][-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted('héllo wörld'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.split('a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(['b', 'a']))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([3, 1, 2]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:x}'.format(1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(set(list(range(5))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.replace(' ', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.center(12))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%e' % 255)
except Exception as error:
    print(type(error).__name__, error)
