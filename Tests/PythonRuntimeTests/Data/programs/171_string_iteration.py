for ch in 'héy':
    print(ch, ord(ch))
print([c.upper() for c in 'abc'], list(reversed('abc')), sorted('cba'), 'b' in 'abc')
