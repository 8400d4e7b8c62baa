import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h
print(area(2, 3), area.__name__, area.__doc__, area.__qualname__, area.__wrapped__(4, 5))
def plain():
    pass
def other():
    """doc"""
functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other, functools.WRAPPER_ASSIGNMENTS)
