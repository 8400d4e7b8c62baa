# Value of a yield expression is None when resumed with next()
def g():
    a = yield 1
    print('a =', a)
    b = yield 2
    print('b =', b)
it = g()
print(next(it))
print(next(it))
try:
    it.send('B')
except StopIteration:
    print('done')
