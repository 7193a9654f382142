print(', '.join(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items()))
