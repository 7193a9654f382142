try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '')
try:
    raise ValueError('bad value', 42)
except Exception as e:
    print(e, e.args)
def check(v):
    if v < 0:
        raise ValueError(f'negative: {v}')
    return v
try:
    check(-2)
except ValueError as err:
    print('error:', err)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        print('handling')
        raise
except KeyError as e:
    print('reraised', e)
