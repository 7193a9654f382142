print(''.join(reversed('hello')), ''.join(sorted('hello')), sorted('Hello', key=str.lower) if False else 0)
