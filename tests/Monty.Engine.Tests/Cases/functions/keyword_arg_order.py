# Argument evaluation order is left to right
def show(tag):
    print('eval', tag)
    return tag
def f(a, b, c=None, **kw):
    return (a, b, c, kw)
print(f(show(1), c=show(3), b=show(2), z=show(4)))
print(f(*[show('x'), show('y')]))
