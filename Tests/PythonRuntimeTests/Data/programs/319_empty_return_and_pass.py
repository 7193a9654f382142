def f():
    return
print(f())
if True:
    pass
while False:
    pass
print('ok')
