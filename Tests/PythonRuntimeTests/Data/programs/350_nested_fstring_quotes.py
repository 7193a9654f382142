d = {'k': 'v'}
print(f"{d['k']}", f'{"q"}', f'''{'triple'}''')
