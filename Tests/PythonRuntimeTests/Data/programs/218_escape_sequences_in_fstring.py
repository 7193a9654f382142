name = 'x'
print(f'{name}\t|\n{name!r:>5}|')
