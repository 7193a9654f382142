a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
