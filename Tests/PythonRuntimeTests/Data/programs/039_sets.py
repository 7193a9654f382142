s = {3, 1, 2}
s.add(2)
s.add(5)
print(s, len(s), 2 in s, 7 in s)
t = set([1, 2, 2, 3])
print(t, s | t, s & t, s - t, s ^ t, set(), {1, 2} == {2, 1}, {1} <= {1, 2})
s.discard(100)
s.remove(5)
print(sorted(s), {x % 3 for x in range(10)})
