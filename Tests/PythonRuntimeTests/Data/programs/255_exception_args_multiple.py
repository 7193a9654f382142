e = Exception('a', 2)
print(e, e.args, repr(e), str(ValueError()), repr(ValueError()))
