# gradbook-only: ints are 64-bit in Gradbook
print(2 ** 63 - 1 if False else 10 ** 18)
2 ** 100
