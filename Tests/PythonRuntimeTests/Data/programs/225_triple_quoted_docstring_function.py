def f():
    """Docstring."""
    return 1
print(f())
