"""functools. partial is native (see PyPartial); the rest is Python so that the functions it
calls run as ordinary frames."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        if attr == '__dict__':
            for k, v in getattr(wrapped, '__dict__', {}).items():
                setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(*args):
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got " + str(len(args)))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got " + str(len(args)))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


def _make_key(args, kwargs, typed):
    key = args
    if kwargs:
        key += (_MISSING,)
        for item in kwargs.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwargs:
            key += tuple(type(v) for v in kwargs.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwargs):
            stats[1] += 1
            return user_function(*args, **kwargs)
    elif maxsize is None:
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwargs)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                # Re-inserting moves the entry to the most recently used end.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwargs)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        return _cache_info(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_wrapper(user_function, None, False)


def _gt_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other


def _le_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other


def _ge_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less


def _ge_from_le(self, other):
    less_equal = type(self).__le__(self, other)
    if less_equal is NotImplemented:
        return less_equal
    return not less_equal or self == other


def _lt_from_le(self, other):
    less_equal = type(self).__le__(self, other)
    if less_equal is NotImplemented:
        return less_equal
    return less_equal and self != other


def _gt_from_le(self, other):
    less_equal = type(self).__le__(self, other)
    if less_equal is NotImplemented:
        return less_equal
    return not less_equal


def _lt_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater and self != other


def _ge_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return greater or self == other


def _le_from_gt(self, other):
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater


def _le_from_ge(self, other):
    greater_equal = type(self).__ge__(self, other)
    if greater_equal is NotImplemented:
        return greater_equal
    return not greater_equal or self == other


def _gt_from_ge(self, other):
    greater_equal = type(self).__ge__(self, other)
    if greater_equal is NotImplemented:
        return greater_equal
    return greater_equal and self != other


def _lt_from_ge(self, other):
    greater_equal = type(self).__ge__(self, other)
    if greater_equal is NotImplemented:
        return greater_equal
    return not greater_equal


# For each root comparison a class may define, the methods derived from it.
_ORDERINGS = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # CPython's preference: __lt__, then __le__, __gt__, __ge__
    for name, method in _ORDERINGS[root]:
        if name not in defined:
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K
