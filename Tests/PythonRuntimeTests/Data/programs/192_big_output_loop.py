for i in range(3):
    print('line', i, end='; ')
print()
print('a', 'b', sep='-', end='!\n')
print()
