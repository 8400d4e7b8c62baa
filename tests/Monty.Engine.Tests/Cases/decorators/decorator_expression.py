# Arbitrary expressions as decorators (PEP 614)
decos = [lambda f: (lambda: f() + 1), lambda f: (lambda: f() * 10)]
@decos[0]
def a():
    return 1
@decos[1]
def b():
    return 2
print(a(), b())
@(lambda f: f)
def c():
    return 'identity'
print(c())
