def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def outer():
    x = 'outer'
    def inner():
        return x
    x = 'changed'
    return inner()
print(outer())
