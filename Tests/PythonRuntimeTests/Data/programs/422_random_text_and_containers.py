try:
    print([3, 1, 2] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] + list(range(5)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'.replace(' ', ''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate([1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.title())
except Exception as error:
    print(type(error).__name__, error)
try:
    print('%x' % -1)
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.strip(' a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('  padded  '.split())
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] + [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(enumerate(list(range(5)))))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([1.5, -2, 0]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(set((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x'[-3:])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip([[1, 2], [0]], '1_000')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len((4, 5, 6)))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted([]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'[-3:])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('3.5e2'.split())
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.zfill(-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(sorted(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(f'{1e20:.3}')
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('a,b,,c'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(-4 in [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('x'[::2])
except Exception as error:
    print(type(error).__name__, error)
