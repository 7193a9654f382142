try:
    print(''.isupper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%e' % 'héllo wörld')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('héllo wörld'.strip())
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] * 0)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) == [])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.strip('x'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('a,b,,c'.replace(' ', '_'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted('  padded  '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x'[-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(tuple(reversed(list(range(5)))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([3, 1, 2])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('3.5e2'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(max([3, 1, 2]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:x}'.format(-1))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sum([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.endswith(' '))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:<6}'.format(1e-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join('héllo wörld'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:.3}'.format(7.75))
except Exception as error:
    print(type(error).__name__, error)
