print('  a  b  '.split(), ''.split(), ''.split(','), 'a,b'.split(',', 0), 'a b c'.rsplit(None, 1), '1,2,'.split(','))
