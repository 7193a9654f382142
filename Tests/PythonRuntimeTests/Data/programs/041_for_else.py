for i in range(3):
    print(i)
else:
    print('done')
for i in range(10):
    if i == 2:
        break
else:
    print('not printed')
print('i =', i)
for ch in 'ab':
    for d in [1, 2]:
        if d == 2:
            continue
        print(ch, d)
