for n in range(4):
    print('even' if n % 2 == 0 else 'odd', 'big' if n > 2 else 'small' if n > 0 else 'zero')
