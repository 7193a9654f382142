# A decorator's own error propagates; the name stays unbound.
def reject(function):
    raise ValueError("no " + function.__name__)


try:
    @reject
    def g():
        pass
except ValueError as error:
    print("caught", error)
try:
    g
except NameError as error:
    print(error)
@reject
def h():
    pass
