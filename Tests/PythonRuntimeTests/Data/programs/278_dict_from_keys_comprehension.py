keys = ['a', 'b']
print({k: None for k in keys}, dict.fromkeys if False else 0, dict(zip(keys, range(2))))
