a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2], a[5:2])
a[2:4] = ['x', 'y', 'z']
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[1:3]
print(a)
