print(sorted(['b', 'A', 'a', 'B', '_']), 'a' < 'B', max('hello'))
