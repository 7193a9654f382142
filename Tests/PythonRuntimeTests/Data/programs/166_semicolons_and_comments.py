a = 1; b = 2; print(a + b)  # trailing comment
# whole-line comment
if a: print('inline if'); print('second')
