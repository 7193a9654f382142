# Decorator expressions run before the default values; the decorators apply bottom-up.
order = []


def note(text, value=None):
    order.append(text)
    return value


def tag(name):
    order.append("evaluate " + name)
    return lambda function: note("apply " + name, function)


@tag("first")
@tag("second")
def f(x=note("default")):
    return x


print(order)
print(f.__name__)
