# A simple decorator wrapping a function
def shout(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return str(fn(*args, **kwargs)).upper()
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
print(greet.__name__)
