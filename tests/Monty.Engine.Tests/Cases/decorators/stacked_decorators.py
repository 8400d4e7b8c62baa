# Stacked decorators apply bottom-up, run top-down
def trace(label):
    def deco(fn):
        print('decorating with', label)
        def wrapper(x):
            print('enter', label)
            r = fn(x)
            print('exit', label)
            return r
        return wrapper
    return deco
@trace('outer')
@trace('inner')
def work(x):
    print('working on', x)
    return x * 2
print(work(21))
