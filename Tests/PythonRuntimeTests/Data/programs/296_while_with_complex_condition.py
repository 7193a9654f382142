a, b = 0, 1
seq = []
while b < 100 and len(seq) < 20:
    seq.append(b)
    a, b = b, a + b
print(seq)
