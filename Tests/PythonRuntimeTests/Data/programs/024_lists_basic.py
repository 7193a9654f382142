values = [1.0, 2.0, 3.0]
total = 0
for v in values:
    total += v
print(total, len(values), values[-1], values[0:2])
values.append(4)
values.extend([5, 6])
values.insert(0, 0)
print(values, values.pop(), values.pop(0), values)
values.remove(2.0)
print(values, values.index(3.0), values.count(4), 4 in values)
