names = ['w', 'b']
vals = [0.5, -1.0]
for i, (n, v) in enumerate(zip(names, vals)):
    print(i, n, v)
print(dict(zip(names, vals)))
