[1].index(2)
