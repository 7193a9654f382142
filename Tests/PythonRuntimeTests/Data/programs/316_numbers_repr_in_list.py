print([1, 1.0, True, None, 'x', (), [], {}])
