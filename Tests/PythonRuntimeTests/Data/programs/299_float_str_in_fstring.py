x = 0.1 + 0.2
print(f'{x}', f'{x!r}', f'{x:}', str(x), '%s' % x, '%r' % x)
