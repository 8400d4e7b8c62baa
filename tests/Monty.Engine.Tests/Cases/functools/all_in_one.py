import functools, operator
from functools import partial, reduce, lru_cache, cache, wraps
def power(base, exp=2, *, mod=None):
    return base ** exp if mod is None else base ** exp % mod
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(10), partial(partial(power, 3), mod=5)(4))
p = partial(power, 2, mod=7)
print(p.func is power, p.args, p.keywords, callable(p), repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>, 1, key='))
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
@lru_cache(maxsize=2)
def slow(n):
    print('computing', n)
    return n * n
print(slow(1), slow(2), slow(1), slow(3), slow(2), slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__name__, slow.cache_info().hits, slow.cache_info()[1])
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x):
    return x
print(ident(3), ident.cache_info())
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def greet(name):
    """Say hi."""
    return 'hi ' + name
print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__('x'))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)), operator.add(1, 2), operator.neg(5), operator.not_(0), operator.contains([1], 1))
print(operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.eq(1, 1.0), operator.index(5), operator.concat([1], [2]))
d = {}
operator.setitem(d, 'k', 1); print(d, operator.getitem(d, 'k'), operator.attrgetter('imag', 'real')(5), operator.abs(-3))
