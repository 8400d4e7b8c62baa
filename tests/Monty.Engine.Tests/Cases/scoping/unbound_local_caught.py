# UnboundLocalError when a local is read before assignment
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 2
    return x
print(f())
def g():
    if False:
        y = 1
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
