n = 0
while n < 3:
    n += 1
print(n)
while n > 0:
    n -= 1
    if n == 1:
        break
else:
    print('no')
print(n)
k = 0
while k < 2:
    k += 1
else:
    print('while else', k)
