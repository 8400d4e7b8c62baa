# Star and double-star unpacking in calls
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], **{'c': 3}))
print(f(**{'a': 1, 'b': 2, 'z': 9}))
print(f(*'ab', *'cd', x=1, **{'y': 2}))
try:
    f(1, 2, **{'a': 5})
except TypeError as e:
    print(type(e).__name__, e)
