print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5), 7 // 0.5, -7 % 0.5)
