# The object protocol for user classes, written in Python so that every dunder runs as an
# ordinary frame (and can call host functions). Natives reach these through TailCall or
# CallNested; the VM reaches them from its opcodes.

__BINARY_NAMES = (
    ('__add__', '__radd__', '__iadd__'),
    ('__sub__', '__rsub__', '__isub__'),
    ('__mul__', '__rmul__', '__imul__'),
    ('__matmul__', '__rmatmul__', '__imatmul__'),
    ('__truediv__', '__rtruediv__', '__itruediv__'),
    ('__floordiv__', '__rfloordiv__', '__ifloordiv__'),
    ('__mod__', '__rmod__', '__imod__'),
    ('__pow__', '__rpow__', '__ipow__'),
    ('__lshift__', '__rlshift__', '__ilshift__'),
    ('__rshift__', '__rrshift__', '__irshift__'),
    ('__or__', '__ror__', '__ior__'),
    ('__xor__', '__rxor__', '__ixor__'),
    ('__and__', '__rand__', '__iand__'),
    ('__divmod__', '__rdivmod__', None),
)

__COMPARE_NAMES = (
    ('__eq__', '__eq__'),
    ('__ne__', '__ne__'),
    ('__lt__', '__gt__'),
    ('__le__', '__ge__'),
    ('__gt__', '__lt__'),
    ('__ge__', '__le__'),
)

__UNARY_NAMES = ('__invert__', None, '__pos__', '__neg__')


def __binop(a, b, op, inplace):
    if op == 6 and type(a) is str:
        # printf-style formatting with one user object as the argument (str.__mod__ goes first).
        return a % (b,)
    names = __BINARY_NAMES[op]
    if inplace:
        f = __special(a, names[2])
        if f is not None:
            r = f(a, b)
            if r is not NotImplemented:
                return r
    ta = type(a)
    tb = type(b)
    fa = __special(a, names[0])
    fb = None if tb is ta else __special(b, names[1])
    if fb is not None and issubclass(tb, ta) and fb is not __special_of_type(ta, names[1]):
        r = fb(b, a)
        if r is not NotImplemented:
            return r
        fb = None
    if fa is not None:
        r = fa(a, b)
        if r is not NotImplemented:
            return r
    if fb is not None:
        r = fb(b, a)
        if r is not NotImplemented:
            return r
    if op == 13:
        raise TypeError(f"unsupported operand type(s) for divmod(): '{ta.__name__}' and '{tb.__name__}'")
    raise __binop_error(a, b, op, inplace)


def __compare(a, b, op):
    if op >= 8:
        found = __contains(b, a)
        return found if op == 8 else not found
    name, reflected = __COMPARE_NAMES[op]
    ta = type(a)
    tb = type(b)
    tried_reflected = False
    if tb is not ta and issubclass(tb, ta):
        f = __special(b, reflected)
        if f is not None:
            tried_reflected = True
            r = f(b, a)
            if r is not NotImplemented:
                return r
    f = __special(a, name)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    if not tried_reflected:
        f = __special(b, reflected)
        if f is not None:
            r = f(b, a)
            if r is not NotImplemented:
                return r
    if op == 0:
        return a is b
    if op == 1:
        return a is not b
    raise __compare_error(a, b, op)


def __negate_eq(eq, a, b):
    r = eq(a, b)
    if r is NotImplemented:
        return r
    return not r


def __unary(o, op):
    if op == 1:
        return not __truth(o)
    f = __special(o, __UNARY_NAMES[op])
    if f is None:
        raise __unary_error(o, op)
    return f(o)


def __truth(o):
    f = __special(o, '__bool__')
    if f is not None:
        r = f(o)
        if r is not True and r is not False:
            raise TypeError('__bool__ should return bool, returned ' + type(r).__name__)
        return r
    if __special(o, '__len__') is not None:
        return __len(o) != 0
    return True


def __len(o):
    f = __special(o, '__len__')
    if f is None:
        raise TypeError("object of type '" + type(o).__name__ + "' has no len()")
    n = __index_value(f(o))
    if n < 0:
        raise ValueError('__len__() should return >= 0')
    return n


def __contains(c, x):
    f = __special(c, '__contains__')
    if f is not None:
        return __truth(f(c, x)) if type(f(c, x)) is not bool else f(c, x)
    if __special(c, '__iter__') is None and __special(c, '__getitem__') is None:
        raise TypeError("argument of type '" + type(c).__name__ + "' is not iterable")
    for item in c:
        if item is x or item == x:
            return True
    return False


def __iter(o):
    f = __special(o, '__iter__')
    if f is None:
        if __special(o, '__getitem__') is None:
            raise TypeError("'" + type(o).__name__ + "' object is not iterable")
        return __sequence_iter(o)
    it = f(o)
    if not __is_native_iterator(it) and __special(it, '__next__') is None:
        raise TypeError("iter() returned non-iterator of type '" + type(it).__name__ + "'")
    return it


def __for_iter(o):
    it = __iter(o)
    if __is_native_iterator(it):
        return it
    return __drive(it)


def __drive(it):
    step = __special(it, '__next__')
    while True:
        try:
            value = step(it)
        except StopIteration:
            return
        yield value


def __sequence_iter(o):
    get = __special(o, '__getitem__')
    i = 0
    while True:
        try:
            value = get(o, i)
        except (IndexError, StopIteration):
            return
        yield value
        i += 1


def __next_default(it, default):
    try:
        return next(it)
    except StopIteration:
        return default


def __hash(o):
    f = __special(o, '__hash__')
    if f is None:
        raise TypeError("unhashable type: '" + type(o).__name__ + "'")
    return __hash_value(f(o))


def __repr(o):
    r = __special(o, '__repr__')(o)
    if type(r) is not str and not isinstance(r, str):
        raise TypeError('__repr__ returned non-string (type ' + type(r).__name__ + ')')
    return r


def __str(o):
    f = __special(o, '__str__')
    r = f(o)
    if type(r) is not str and not isinstance(r, str):
        raise TypeError('__str__ returned non-string (type ' + type(r).__name__ + ')')
    return r


def __format(o, spec):
    r = __special(o, '__format__')(o, spec)
    if type(r) is not str and not isinstance(r, str):
        raise TypeError('__format__ must return a str, not ' + type(r).__name__)
    return r


def __getitem(o, key):
    f = __special(o, '__getitem__')
    if f is None:
        if isinstance(o, type):
            g = __special_of_type(o, '__class_getitem__')
            if g is not None:
                return getattr(o, '__class_getitem__')(key)
        if type(o) is type:
            raise TypeError("type '" + o.__name__ + "' is not subscriptable")
        raise TypeError("'" + type(o).__name__ + "' object is not subscriptable")
    return f(o, key)


def __setitem(o, key, value):
    f = __special(o, '__setitem__')
    if f is None:
        raise TypeError("'" + type(o).__name__ + "' object does not support item assignment")
    f(o, key, value)


def __delitem(o, key):
    f = __special(o, '__delitem__')
    if f is None:
        raise TypeError("'" + type(o).__name__ + "' object doesn't support item deletion")
    f(o, key)


def __construct(cls, args, kwargs):
    self = cls.__new__(cls, *args, **kwargs)
    if isinstance(self, cls):
        r = type(self).__init__(self, *args, **kwargs)
        if r is not None:
            raise TypeError("__init__() should return None, not '" + type(r).__name__ + "'")
    return self


def __build_class(body, name, bases, meta, kwds):
    if meta is None:
        meta = __pick_metaclass(bases)
    ns = {'__module__': __module_of(body), '__qualname__': body.__qualname__}
    __run_class_body(body, ns)
    if meta is type:
        cls = __new_class(name, bases, ns)
    else:
        cls = meta(name, bases, ns, **kwds)
    for key, value in list(ns.items()):
        set_name = __special(value, '__set_name__')
        if set_name is not None:
            set_name(value, cls, key)
    if meta is type or kwds:
        super(cls, cls).__init_subclass__(**kwds)
    else:
        super(cls, cls).__init_subclass__()
    return cls


def __getattribute_with_fallback(o, name):
    try:
        return __special(o, '__getattribute__')(o, name)
    except AttributeError:
        return __special(o, '__getattr__')(o, name)


def __sorted_instances(items, reverse):
    # A stable merge sort that only uses <, as list.sort does, for lists holding objects
    # whose ordering is defined in Python.
    n = len(items)
    if reverse:
        items.reverse()
    width = 1
    src = items[:]
    while width < n:
        dst = []
        i = 0
        while i < n:
            mid = min(i + width, n)
            hi = min(i + 2 * width, n)
            a = i
            b = mid
            while a < mid and b < hi:
                if src[b] < src[a]:
                    dst.append(src[b])
                    b += 1
                else:
                    dst.append(src[a])
                    a += 1
            dst.extend(src[a:mid])
            dst.extend(src[b:hi])
            i = hi
        src = dst
        width *= 2
    if reverse:
        src.reverse()
    items[:] = src
    return None


def __reversed_sequence(o):
    i = len(o) - 1
    while i >= 0:
        yield o[i]
        i -= 1


def __sorted_list(items, reverse):
    __sorted_instances(items, reverse)
    return items


def __minmax_plain(items, is_max):
    best = items[0]
    for item in items[1:]:
        if is_max:
            if item > best:
                best = item
        elif item < best:
            best = item
    return best


def __sum(items, start):
    total = start
    for item in items:
        total = total + item
    return total


def __getattr_default(o, name, default):
    try:
        return getattr(o, name)
    except AttributeError:
        return default


def __hasattr(o, name):
    try:
        getattr(o, name)
    except AttributeError:
        return False
    return True


def __type_new(name, bases, ns):
    ns = dict(ns)
    meta = __pick_metaclass(bases)
    if meta is type:
        cls = __new_class(name, bases, ns)
    else:
        cls = meta(name, bases, ns)
    for key, value in list(ns.items()):
        set_name = __special(value, '__set_name__')
        if set_name is not None:
            set_name(value, cls, key)
    super(cls, cls).__init_subclass__()
    return cls


def __update_from_mapping(target, source):
    for key in source.keys():
        target[key] = source[key]
