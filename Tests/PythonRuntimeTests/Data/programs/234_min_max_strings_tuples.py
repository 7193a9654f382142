print(max('apple', 'pear', key=len), min([(2, 'b'), (1, 'z')]), max([1, 2.5, 2]))
