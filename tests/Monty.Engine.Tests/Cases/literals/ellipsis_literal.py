# The Ellipsis literal
print(...)
print(Ellipsis)
print(... is Ellipsis)
print(repr(...))
print(type(...).__name__)
def f():
    ...
print(f())
print(bool(...))
