print('aaaa'.count('aa'), 'abcabc'.find('c', 3) if False else 'abcabc'.find('c'), 'a'.count(''), 'hello'.index('l'))
