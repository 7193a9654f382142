def maybe(x):
    if x > 0:
        return x
r = maybe(-1)
print(r, r is None, maybe(2))
