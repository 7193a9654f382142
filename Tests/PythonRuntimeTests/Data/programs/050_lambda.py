sq = lambda x: x * x
add = lambda a, b=1: a + b
print(sq(4), add(1), add(1, 2), (lambda: 'nullary')(), list(map(lambda v: v + 1, [1, 2])))
print(sorted([3, -1, 2], key=lambda v: abs(v)), (lambda *a: len(a))(1, 2, 3))
