# *args and **kwargs collection
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, x=2))
def g(first, *rest, sep='-'):
    return sep.join([first] + list(rest))
print(g('a'), g('a', 'b', 'c'), g('a', 'b', sep='+'))
def h(**kw):
    return sorted(kw.items())
print(h(z=1, a=2))
