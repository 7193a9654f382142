print(str(1), str(1.5), str(True), str(None), str([1, 'a']), str((1,)), str({'a': 1}))
print(repr(1.0), repr([1.0, 'x']), str('x'), repr("x"), int('12') + 1, float('1.5') * 2)
