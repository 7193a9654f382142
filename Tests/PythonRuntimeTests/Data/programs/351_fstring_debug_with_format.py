x = 2.5
print(f'{x=:.2f}', f'{x = !s}', f'{x*2=}')
