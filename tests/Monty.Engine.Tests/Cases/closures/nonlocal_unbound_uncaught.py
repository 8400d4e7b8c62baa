# Reading an enclosing variable that was deleted raises NameError (uncaught)
def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    return inner()
outer()
