print([i * i for i in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(i, j) for i in range(3) for j in range(i)])
print({k: len(k) for k in ['a', 'bb']}, {c for c in 'hello'} == set('helo'))
print(sum(x * x for x in [1, 2, 3]), max(len(w) for w in ['a', 'abc']), list(x for x in 'ab'))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
x = 'outer'
print([x for x in range(2)], x)
