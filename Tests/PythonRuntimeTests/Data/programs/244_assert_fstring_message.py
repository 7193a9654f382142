x = 3
assert isinstance(x, int), f'bad {x}'
assert x > 5, f'x={x} is too small'
