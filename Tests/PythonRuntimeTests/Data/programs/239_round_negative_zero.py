print(round(-0.5), round(-0.4, 0), int(-0.5), -0.0 == 0.0, round(0.0001, 2), round(-1e-9, 3))
