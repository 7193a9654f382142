# A decorator that is not callable fails when it is applied.
def make():
    return 3


@make()
def f():
    pass
