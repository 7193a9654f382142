data = {'layers': [{'name': 'fc1', 'shape': (4, 2)}, {'name': 'fc2', 'shape': (2, 1)}]}
for layer in data['layers']:
    rows, cols = layer['shape']
    print(f"{layer['name']:>4}: {rows}x{cols} = {rows * cols} params")
print(sum(l['shape'][0] * l['shape'][1] for l in data['layers']))
data
