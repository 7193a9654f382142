def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
print(next(g, "done"))
print(list(count_up(5)))
print(sum(count_up(101)))
for value in count_up(2):
    print("for", value)
print([x * x for x in count_up(4)])
print(dict(zip("abc", count_up(10))))
a, b, c = count_up(3)
print(a, b, c)
print(*count_up(3))

def empty():
    return
    yield

print(list(empty()))
try:
    next(empty())
except StopIteration as error:
    print("StopIteration", error.args)
