s = '  Hello, World  '
print(s.strip(), s.lstrip(), s.rstrip() + '|', s.upper(), s.lower())
print('a,b,,c'.split(','), 'a b  c'.split(), ' x '.split(' '), 'a-b-c'.split('-', 1), 'a-b-c'.rsplit('-', 1))
print('-'.join(['a', 'b', 'c']), ''.join(str(i) for i in range(5)))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'abc'.startswith('ab'), 'abc'.endswith(('x', 'c')))
print('ab'.ljust(5, '.'), 'ab'.rjust(5), 'ab'.center(7, '*'), 'abc'.center(6), '42'.zfill(5), '-42'.zfill(5))
print('banana'.count('a'), 'banana'.find('na'), 'banana'.rfind('na'), 'banana'.find('x'), 'banana'.index('n'))
print('123'.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), '  '.isspace(), 'ABC'.isupper(), 'abc'.islower())
print('hello world'.title(), 'hello'.capitalize(), 'Hello'.swapcase(), 'a=b'.partition('='), 'abc'.removeprefix('a'))
