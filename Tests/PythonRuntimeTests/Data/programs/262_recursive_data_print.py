def tree(n):
    return [] if n == 0 else [tree(n - 1), tree(n - 1)]
print(tree(3))
