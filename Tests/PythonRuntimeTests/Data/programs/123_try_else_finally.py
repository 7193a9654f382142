def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('zero')
        return -1
    else:
        print('else', r)
        return r
    finally:
        print('finally', x)
print(f(2), f(0))
def g():
    try:
        return 'try'
    finally:
        print('cleanup')
print(g())
