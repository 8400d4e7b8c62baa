# Shadowing builtins in local scope only
def f():
    list = 'not a list'
    return list
print(f(), list('ab'))
def g(sum=lambda xs: 'custom'):
    return sum([1, 2])
print(g(), sum([1, 2]))
