def f():
    pass
f().x
