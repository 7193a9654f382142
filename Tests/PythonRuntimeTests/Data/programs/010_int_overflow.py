# gradbook-only: ints are 64-bit in Gradbook; overflow is a clean OverflowError
x = 2 ** 62
print(x)
y = x * 4
