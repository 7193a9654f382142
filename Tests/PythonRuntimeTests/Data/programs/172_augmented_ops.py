x = 10
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
s = 'a'
s += 'b'; s *= 3
print(s)
d = {'n': 1}
d['n'] += 5
l = [1, 2]
l[0] -= 10
print(d, l)
