# Return value of a generator appears on StopIteration
def g():
    yield 'a'
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(it, 'default'))
def empty():
    return
    yield
print(list(empty()))
