"""functools. partial is native (see PyPartial); the rest is Python so that the functions it
calls run as ordinary frames. total_ordering and cmp_to_key wait for classes."""

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


def total_ordering(cls):
    raise NotImplementedError("functools.total_ordering is not supported by Monty yet (it needs classes)")


def cmp_to_key(mycmp):
    raise NotImplementedError("functools.cmp_to_key is not supported by Monty yet (it needs classes)")
