print(print, len, type(len), type(lambda: 0), type(range(3)), type(type(1)))
