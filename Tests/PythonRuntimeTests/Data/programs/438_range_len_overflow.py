# A range may hold more elements than len() can count: len raises, indexing still works.
r = range(-9223372036854775807 - 1, 9223372036854775807)
print(r[0], r[-1], r[5])
print(len(range(0, 9223372036854775807)))
print(len(range(9223372036854775807, -9223372036854775807 - 1, -3)))
len(r)
