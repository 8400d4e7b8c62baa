# Docstrings are ignored as statements and do not affect return values
def f():
    """This is a docstring."""
    return 1
def g():
    'single-quoted docstring'
print(f(), g())
print(f.__doc__)
print(g.__doc__)
