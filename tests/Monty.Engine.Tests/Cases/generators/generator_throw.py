# throw() raises an exception at the paused yield
def gen():
    while True:
        try:
            x = yield
            print('received', x)
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
g = gen()
next(g)
g.send(1)
print(g.throw(ValueError('boom')))
next(g)
g.send(2)
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
