print(True + 1, True * 3, False - 1, True / 2, True == 1, False == 0)
print(True & False, True | False, True ^ True, ~True, -True)
print(isinstance(True, int), isinstance(1, bool), type(True), type(1))
