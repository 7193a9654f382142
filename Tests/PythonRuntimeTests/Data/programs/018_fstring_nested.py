width = 10
prec = 3
v = 2 / 3
print(f'[{v:{width}.{prec}f}]', f'[{"mid":^{width}}]', f'{[i * 2 for i in range(3)]}')
d = {'a': 1}
print(f"{d['a']} {len(d)} {'yes' if d else 'no'} {v!s:.4}")
