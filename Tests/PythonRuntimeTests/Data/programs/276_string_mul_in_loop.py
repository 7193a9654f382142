for n in range(1, 4):
    print('*' * n + ' ' * (3 - n) + '|')
