print(list(zip('ab', [1, 2], strict=True)))
list(zip('abc', [1], strict=True))
