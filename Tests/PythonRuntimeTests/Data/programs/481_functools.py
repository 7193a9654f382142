# functools: reduce, partial, wraps/update_wrapper, lru_cache and cache, with CPython's errors.
import functools
from functools import reduce, partial, wraps, lru_cache, cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''))
def power(base, exponent=2, *rest, **options):
    return base ** exponent, rest, options
square = partial(power, exponent=2)
cube_of_two = partial(power, 2, 3)
print(square(5), cube_of_two(), cube_of_two(9, key=1), square(3, exponent=3))
print(cube_of_two.args, square.keywords, cube_of_two.func is power, partial(cube_of_two, 7).args)
print(repr(partial(len)) == 'functools.partial(<built-in function len>)', type(square).__name__)
print(list(map(partial(int, base=2), ['101', '11'])))

def logged(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        print('calling', function.__name__)
        return function(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Says hello."""
    return 'hello ' + name
print(greet('ada'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
print(repr(greet).startswith('<function greet at '))
def plain():
    pass
plain.calls = 3
def other():
    pass
functools.update_wrapper(other, plain)
print(other.__name__, other.calls, other.__wrapped__ is plain, plain.__dict__, sorted(other.__dict__))

@lru_cache(maxsize=2)
def slow_square(x):
    print('computing', x)
    return x * x
print(slow_square(2), slow_square(2), slow_square(3), slow_square(4), slow_square(2))
info = slow_square.cache_info()
print(info, info.hits, info.maxsize, info[0], len(info), list(info))
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.__name__, slow_square.__wrapped__(5))

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache
def twice(x, *, scale=2):
    return x * scale
print(twice(3), twice(3), twice(3, scale=3), twice.cache_info())
print(lru_cache()(len)('abc'), lru_cache(None)(len).cache_info(), lru_cache(0)(len)('ab'))
def rename(function, name):
    function.__name__ = name
    return function.__name__
print(rename(plain, 'renamed'), plain.__qualname__, repr(plain).startswith('<function plain at'))
print(power.__doc__, (lambda: 'not a docstring').__doc__, plain.__module__)
for text, test in [
    ("reduce(lambda a, b: a + b, [])", lambda: reduce(lambda a, b: a + b, [])),
    ("reduce(1)", lambda: reduce(1)),
    ("reduce(1, 2, 3, 4)", lambda: reduce(1, 2, 3, 4)),
    ("partial()", lambda: partial()),
    ("partial(5)", lambda: partial(5)),
    ("lru_cache('a')", lambda: lru_cache('a')),
    ("slow_square([1])", lambda: slow_square([1])),
    ("partial(power)()", lambda: partial(power)()),
    ("plain.__name__ = 5", lambda: rename(plain, 5)),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
