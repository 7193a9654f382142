calls = []
def f(x, seen=[]):
    seen.append(x)
    return seen
f(1)
print(f(2))
