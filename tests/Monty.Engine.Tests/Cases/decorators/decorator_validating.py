# Decorator that validates arguments and raises
def positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f'{fn.__name__} needs positive, got {x}')
        return fn(x)
    return wrapper
@positive
def half(x):
    return x / 2
print(half(10))
try:
    half(-4)
except ValueError as e:
    print(type(e).__name__, e)
print(half(0))
