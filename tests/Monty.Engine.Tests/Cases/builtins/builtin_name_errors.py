# Builtins can be shadowed and then restored by deleting
len = lambda x: 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    max = 'local'
    return max
print(f(), max(1, 2))
