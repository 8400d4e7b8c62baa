# TypeError messages for bad calls
def f(a):
    return a
def g(a, b=1):
    return a
tests = [lambda: f(), lambda: f(1, 2), lambda: f(b=1), lambda: f(1, a=2),
         lambda: g(), lambda: g(1, 2, 3), lambda: g(1, c=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
