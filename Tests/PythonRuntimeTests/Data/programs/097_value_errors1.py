int('x')
