# nonlocal binds to the nearest enclosing function scope, global to module
v = 'module'
def outer():
    v = 'outer'
    def inner_nonlocal():
        nonlocal v
        v = 'changed by nonlocal'
    def inner_global():
        global v
        v = 'changed by global'
    inner_nonlocal()
    inner_global()
    return v
print(outer(), v)
