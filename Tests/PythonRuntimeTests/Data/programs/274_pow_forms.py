print(pow(2, 3), pow(2, -2), pow(-8, 1/3) if False else 0, pow(3, 4, 5), pow(2.5, 2), 4 ** 0.5, (-4) ** 2)
