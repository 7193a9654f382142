calls = []
def idx():
    calls.append(1)
    return 0
a = [10]
a[idx()] += 5
print(a, len(calls))
