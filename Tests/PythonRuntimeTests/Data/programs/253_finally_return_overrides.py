def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        1 / 0
    finally:
        return 'swallowed'
print(g())
