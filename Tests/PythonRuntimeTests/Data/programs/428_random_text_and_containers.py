try:
    print(12345 in ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5))[0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('héllo wörld', [1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join('3.5e2'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.rfind('a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] < [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(0 in [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] < list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('héllo wörld'.strip(' a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.center(5))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6)[1:])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%g' % 3)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5)) + (4, 5, 6))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.count('an'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(''.replace(' ', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.replace('a', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip((4, 5, 6), '  padded  ')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('1_000'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('héllo wörld'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted('a,b,,c'))
except Exception as error:
    print(type(error).__name__, error)
