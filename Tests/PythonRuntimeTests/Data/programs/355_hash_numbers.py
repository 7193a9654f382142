print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(-2**62), hash((1, 2)), hash(()), hash((1.5, (None is None, -1))), hash(float('inf')))
