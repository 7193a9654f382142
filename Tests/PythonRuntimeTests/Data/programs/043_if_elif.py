for i in range(4):
    if i % 2 == 0:
        print(i, "even")
    elif i == 3:
        print(i, "three")
    else:
        print(i, "odd")
if []: print('empty list true')
elif {}: print('no')
else: print('falsy containers')
