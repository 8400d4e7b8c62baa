# Decorator factories taking arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
def tag(name):
    return lambda fn: lambda *a: f'<{name}>{fn(*a)}</{name}>'
@tag('b')
@tag('i')
def text(s):
    return s
print(text('bold italic'))
