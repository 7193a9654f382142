x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= x <= 5 < 6)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', [1, 2] < [1, 3], (1, 2) == (1, 2), [1] == (1,))
print(1 == 1.0, 2 != 2.0, 3 in [1, 2, 3], 4 not in [1, 2], 'ell' in 'hello', None is None, 1 is not None)
