x = 3.14159
n = 42
name = 'grad'
print(f'{x:.2f} {n:5d} {name!r} {name:>8} {n:<4}|')
print(f'{x=}', f'{n = }', f'{x*2:.3}', f'{{literal}}', f'{n:x} {n:o} {n:b} {n:#x}')
print(f'{1e-3:.2e} {0.25:.1%} {1234567:,} {1234567:_} {3.0:g} {1e-7:g} {123456789.0:g}')
