a = b = c = [1]
b.append(2)
print(a, b, c)
x = y = 0
x += 1
print(x, y)
