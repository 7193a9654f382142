try:
    print(sorted([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 in list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum(list(range(5))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.isspace())
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]][5])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5)) == list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int('héllo wörld'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:>8}'.format(3.0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate(['b', 'a'])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3.5e2'.count(' '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(set([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]][0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max(list(range(5))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip(list(range(5)), '3.5e2')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.zfill(0))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(int(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed([3, 1, 2])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.replace('a', ''))
except Exception as error:
    print(type(error).__name__, error)
