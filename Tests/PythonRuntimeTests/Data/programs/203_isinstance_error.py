isinstance(1, 1)
