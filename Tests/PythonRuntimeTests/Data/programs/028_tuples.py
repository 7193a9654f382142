pair = (3, 4)
p, q = pair
print(p * q, pair, (1,), (), tuple([1, 2]), len(pair), pair[0], pair + (5,), pair * 2)
print((1, 2) < (1, 3), (1, 2, 3).index(2), (1, 1, 2).count(1), 3 in pair, (1, (2, 3)))
single = 5,
print(single, type(single).__name__)
