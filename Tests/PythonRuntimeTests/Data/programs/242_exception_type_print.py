try:
    1 / 0
except Exception as e:
    print(type(e), type(e).__name__, e.__class__ if False else 'x')
