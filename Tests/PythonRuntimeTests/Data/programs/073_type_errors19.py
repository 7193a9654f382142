'x'.join([1])
