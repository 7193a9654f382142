a = [3, 1, 2]
b = a
b.append(4)
c = a.copy()
c.append(5)
print(a, b, c, a is b, a == b, a is c)
a.reverse()
print(a, a * 2, [0] * 3, [[0] * 2] * 2, a + [9])
a.clear()
print(a, len(a), [] == [], [1, [2, [3]]])
x = [1, 2]
x += [3]
x *= 2
print(x, list('abc'), list((1, 2)), list(range(3)))
