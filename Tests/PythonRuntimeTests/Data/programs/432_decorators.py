# Decorators: plain and called, stacked (applied bottom-up), evaluated top-down before the def.
log = []


def trace(label):
    log.append("make " + label)

    def wrap(function):
        log.append("wrap " + label + " " + function.__name__)

        def inner(*args, **kwargs):
            log.append("call " + label)
            return function(*args, **kwargs)

        return inner

    return wrap


def twice(function):
    def inner(x):
        return function(function(x))

    return inner


@trace("outer")
@trace("inner")
def add(a, b=10):
    return a + b


print(add(1), add(2, b=3))
print(log)


@twice
def increment(x):
    return x + 1


print(increment(5))


@twice
@twice
def double(x):
    return x * 2


print(double(1))
registry = {}


def register(function):
    registry[function.__name__] = function
    return function


@register
def hello():
    return "hi"


print(sorted(registry), registry["hello"] is hello, hello())


@lambda f: f.__name__.upper()
def shout():
    pass


print(shout)
decorators = [twice, register]


@decorators[0]
def square(x):
    return x * x


print(square(3))


class_like = {"deco": twice}


@class_like["deco"]
def halve(x):
    return x / 2


print(halve(8))


def outer():
    @twice
    def local(x):
        return x + 100

    return local(1)


print(outer())
