# Closures see later rebinding of enclosing variables
def outer():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(outer())
def shared():
    v = 0
    def inc():
        nonlocal v
        v += 1
    def read():
        return v
    return inc, read
inc, read = shared()
inc(); inc()
print(read())
