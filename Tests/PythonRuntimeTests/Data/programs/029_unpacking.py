a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
[m, n] = [7, 8]
print(m, n)
