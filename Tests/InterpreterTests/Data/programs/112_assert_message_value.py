assert [], ['a', 1]
