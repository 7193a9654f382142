try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e, type(e).__name__, e.args)
try:
    [][1]
except (KeyError, IndexError) as e:
    print('lookup', repr(e))
try:
    {}['k']
except LookupError as e:
    print('base class', e)
try:
    int('x')
except:
    print('bare except')
