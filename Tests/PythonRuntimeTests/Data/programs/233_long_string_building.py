s = ''
for i in range(50):
    s += str(i % 10)
print(s, len(s))
