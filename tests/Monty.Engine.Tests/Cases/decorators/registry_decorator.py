# Decorator that registers functions and returns them unchanged
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register('double')
def d(x):
    return x * 2
@register('neg')
def n(x):
    return -x
print(sorted(registry))
print(registry['double'](5), registry['neg'](5), d(7))
