def f():
    return missing + 1
print('before')
f()
