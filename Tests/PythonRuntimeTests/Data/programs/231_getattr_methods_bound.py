up = 'abc'.upper
ap = [].append
print(up(), callable(ap))
