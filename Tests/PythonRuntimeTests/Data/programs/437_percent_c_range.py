# %c and format(..., 'c') take a code point in range(0x110000); a negative one is an OverflowError too.
print(repr('%c' % 65), repr(format(9786, 'c')))
for value in (-1, 0x110000):
    for make in (lambda: '%c' % value, lambda: format(value, 'c')):
        try:
            make()
        except OverflowError as error:
            print('OverflowError:', error)
'%c' % -1
