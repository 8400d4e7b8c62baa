# yield from delegates and returns the subgenerator's value
def sub():
    yield 1
    yield 2
    return 'sub done'
def outer():
    r = yield from sub()
    print('sub returned', r)
    yield 3
    return 'outer done'
g = outer()
for v in g:
    print('value', v)
def delegating():
    result = yield from outer()
    yield result
print(list(delegating()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], [], 5])))
