# Name resolution order: local, enclosing, global, builtin
x = 'global x'
def outer():
    x = 'enclosing x'
    def inner():
        return x, len('abc')
    return inner()
print(outer())
def only_global():
    return x
print(only_global())
