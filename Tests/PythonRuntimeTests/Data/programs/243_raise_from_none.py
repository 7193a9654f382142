try:
    raise ValueError('a') from None
except ValueError as e:
    print('got', e)
