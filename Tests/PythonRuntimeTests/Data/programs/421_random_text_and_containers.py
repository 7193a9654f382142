try:
    print('banana'.isupper())
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'] < (4, 5, 6))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([3, 1, 2] + [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float(''))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('{:.0%}'.format('MiXeD Case'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print([] * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) < [[1, 2], [0]])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(len([[1, 2], [0]]))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'.ljust(-3))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('1_000'[:-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print([[1, 2], [0]] + [3, 1, 2])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip([3, 1, 2], '')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('3.5e2'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(zip([[1, 2], [0]], '1_000')))
except Exception as error:
    print(type(error).__name__, error)
try:
    print('MiXeD Case'.rfind('a'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(list(range(5)) < ['b', 'a'])
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) * 2)
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join('a,b,,c'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(float('MiXeD Case'))
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6)[0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(['b', 'a'][::-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print((4, 5, 6) + [1.5, -2, 0])
except Exception as error:
    print(type(error).__name__, error)
try:
    print('banana'[-1])
except Exception as error:
    print(type(error).__name__, error)
try:
    print(','.join(map(str, [1.5, -2, 0])))
except Exception as error:
    print(type(error).__name__, error)
try:
    print(dict(zip('héllo wörld', [])))
except Exception as error:
    print(type(error).__name__, error)
