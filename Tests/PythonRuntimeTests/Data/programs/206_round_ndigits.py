print(round(1.23456, 3), round(-1.5), round(0.5), round(1.5), round(2.5, 0), round(7, 1), round(-0.4))
