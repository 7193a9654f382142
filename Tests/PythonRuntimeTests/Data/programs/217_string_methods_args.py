print('a b c'.split(None, 1), 'x'.join('abc'), '  x  '.strip(' x'), 'aaa'.replace('a', 'bb'), '.'.join([]))
