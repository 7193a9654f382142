try:
    print(set(list(range(5))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] + [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] == ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-1 in [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('1_000'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted('3.5e2'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.rjust(0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([3, 1, 2])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.split('a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%g' % 12345)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum(['b', 'a']))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5)) + [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%x' % 1e20)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%5.1f' % 2.5)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.strip(' a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5)) == [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%x' % 3.0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed(['b', 'a'])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.isalpha())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join('a,b,,c'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(f'{10:,}')
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%r' % 'a,b,,c')
except Exception as error:
    print(type(error).__name__, error)
