def outer(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(outer(6))
