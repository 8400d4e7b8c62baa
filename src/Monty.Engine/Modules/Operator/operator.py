"""operator: the functional forms of Python's operators. itemgetter, attrgetter and methodcaller
return functions (CPython returns objects of those classes; calling them behaves the same)."""


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return __builtins_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b
def contains(a, b): return b in a
def countOf(a, b):
    return sum(1 for item in a if item is b or item == b)
def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')
def getitem(a, b): return a[b]
def setitem(a, b, c):
    a[b] = c
def delitem(a, b):
    del a[b]
def index(a):
    if isinstance(a, int):
        return int(a)
    raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer")
def length_hint(obj, default=0):
    if type(obj) in (list, tuple, str, dict, set, frozenset, range, bytes):
        return len(obj)
    return default


def iadd(a, b):
    a += b
    return a
def isub(a, b):
    a -= b
    return a
def imul(a, b):
    a *= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def imod(a, b):
    a %= b
    return a
def iconcat(a, b):
    a += b
    return a
def ior(a, b):
    a |= b
    return a
def iand(a, b):
    a &= b
    return a
def ixor(a, b):
    a ^= b
    return a


def itemgetter(item, *items):
    if not items:
        def getter(obj):
            return obj[item]
    else:
        keys = (item,) + items
        def getter(obj):
            return tuple(obj[k] for k in keys)
    return getter


def _resolve(obj, dotted):
    if type(dotted) is not str:
        raise TypeError('attribute name must be a string')
    for name in dotted.split('.'):
        obj = getattr(obj, name)
    return obj


def attrgetter(attr, *attrs):
    for a in (attr,) + attrs:
        if type(a) is not str:
            raise TypeError('attribute name must be a string')
    if not attrs:
        def getter(obj):
            return _resolve(obj, attr)
    else:
        names = (attr,) + attrs
        def getter(obj):
            return tuple(_resolve(obj, n) for n in names)
    return getter


def methodcaller(name, *args, **kwargs):
    if type(name) is not str:
        raise TypeError('method name must be a string')
    def caller(obj):
        return getattr(obj, name)(*args, **kwargs)
    return caller


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__add__ = add
__sub__ = sub
__mul__ = mul
__truediv__ = truediv
__floordiv__ = floordiv
__mod__ = mod
__neg__ = neg
__getitem__ = getitem
__contains__ = contains
