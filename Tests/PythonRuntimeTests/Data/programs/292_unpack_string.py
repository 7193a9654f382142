a, b, c = 'xyz'
print(c, b, a)
