print('é' > 'z', 'a' < 'é', sorted(['b', 'é', 'a', 'Z']), min('hello', 'help'))
