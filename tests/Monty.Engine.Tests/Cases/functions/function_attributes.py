# Function __name__ and first-class usage
def square(x):
    return x * x
print(square.__name__)
f = square
print(f(4), f.__name__, callable(f), callable(4))
ops = {'sq': square, 'neg': lambda v: -v}
print({k: fn(3) for k, fn in ops.items()})
print((lambda: 0).__name__)
def apply(fn, *a):
    return fn(*a)
print(apply(max, 3, 9, 2), apply(len, 'abc'))
