# gradbook-only: ints are 64-bit, so counting past 2**63 - 1 raises OverflowError where CPython goes on with a big int.
e = enumerate('ab', 9223372036854775807)
print(next(e))
next(e)
