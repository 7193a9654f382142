print(int(1e15), int(-2.5), int('  +7\n'), float(' -inf'), int(3.999999999999999999))
