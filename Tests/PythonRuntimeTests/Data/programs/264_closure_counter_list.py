def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
add = make()
add(1)
print(add(2))
