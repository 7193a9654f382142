print(hash((0, 0)), hash((5,)), hash((1, 2)), hash((-1,)), hash((2**62, -3)))
