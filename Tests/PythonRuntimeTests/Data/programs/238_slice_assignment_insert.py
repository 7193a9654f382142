x = [1, 2, 3]
x[1:1] = [9, 8]
print(x)
x[:] = []
print(x)
x[len(x):] = 'ab'
print(x)
