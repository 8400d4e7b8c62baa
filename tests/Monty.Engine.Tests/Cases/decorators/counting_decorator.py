# Decorator keeping per-function state in a closure
def counted(fn):
    count = 0
    def wrapper(*a, **k):
        nonlocal count
        count += 1
        print(f'{fn.__name__} call #{count}')
        return fn(*a, **k)
    return wrapper
@counted
def add(a, b):
    return a + b
print(add(1, 2))
print(add(3, b=4))
