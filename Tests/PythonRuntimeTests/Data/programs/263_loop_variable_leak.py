for i in range(3):
    pass
print(i)
for j in []:
    pass
print(j)
