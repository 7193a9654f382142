e = ValueError('x')
print(e, repr(e), type(e).__name__, isinstance(e, Exception), isinstance(e, ArithmeticError))
print(repr(KeyError('k')), str(KeyError('k')), repr(Exception()), str(Exception('a', 1)))
