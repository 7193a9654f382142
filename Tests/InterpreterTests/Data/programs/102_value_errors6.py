'a'.split('')
