# A decorator can replace a function with a non-function value
def call_now(fn):
    return fn()
@call_now
def value():
    return [1, 2, 3]
print(value, type(value).__name__)
def to_name(fn):
    return fn.__name__
@to_name
def my_function():
    pass
print(my_function)
