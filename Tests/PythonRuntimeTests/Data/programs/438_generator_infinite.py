def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, iterable):
    out = []
    for item in iterable:
        if len(out) == n:
            break
        out.append(item)
    return out

print(take(5, naturals()))
evens = (x for x in naturals() if x % 2 == 0)
print(next(evens), next(evens), next(evens))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, value in enumerate(fib()):
    if i >= 10:
        break
    print(value, end=" ")
print()
gens = [naturals() for _ in range(50)]
print(sum(next(g) + next(g) for g in gens))
del gens
print(any(x > 1000 for x in naturals()))
