print('first')
print('second')
1 / 0
print('never')
