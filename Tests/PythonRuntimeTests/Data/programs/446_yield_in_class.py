print("before")
class A:
    yield 1
