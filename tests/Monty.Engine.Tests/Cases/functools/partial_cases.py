from functools import partial
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
p = partial(f, 1, c=30)
print(p(2), p(2, d=4), p(2, c=5), p(2, 3, 4, 5))
q = partial(p, 9, e=1)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(f, 1, x='y')).split(' at ')[0], repr(partial(len)))
print(list(map(partial(int, base=2), ['101', '11'])))
for bad in [lambda: partial(), lambda: partial(5), lambda: partial(f)()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
