# Builtins that call back into Python. They run as ordinary frames, so host calls made from a
# key function or a generator suspend cleanly. Names starting with "__" are engine-internal.

def __materialise(iterable):
    return [item for item in iterable]

def __sort_with_key(items, key, reverse):
    keys = [key(item) for item in items]
    __sort_by_keys(items, keys, reverse)

def __sorted_key(items, key, reverse):
    __sort_with_key(items, key, reverse)
    return items

def __minmax_key(items, key, is_max):
    best = items[0]
    best_key = key(best)
    for item in items[1:]:
        k = key(item)
        if (k > best_key) if is_max else (k < best_key):
            best = item
            best_key = k
    return best

def __enumerate(iterable, start):
    n = start
    for item in iterable:
        yield (n, item)
        n += 1

def __zip(strict, *iterables):
    iterators = [iter(it) for it in iterables]
    if not iterators:
        return
    while True:
        items = []
        for i, it in enumerate(iterators):
            try:
                items.append(next(it))
            except StopIteration:
                if strict:
                    __zip_strict_check(i, iterators)
                return
        yield tuple(items)

def __zip_strict_check(i, iterators):
    if i > 0:
        plural = "" if i == 1 else "s"
        span = "1" if i == 1 else "1-" + str(i)
        raise ValueError("zip() argument " + str(i + 1) + " is shorter than argument" + plural + " " + span)
    for j in range(1, len(iterators)):
        try:
            next(iterators[j])
        except StopIteration:
            continue
        plural = "" if j == 1 else "s"
        span = "1" if j == 1 else "1-" + str(j)
        raise ValueError("zip() argument " + str(j + 1) + " is longer than argument" + plural + " " + span)

def __map(func, *iterables):
    if len(iterables) == 1:
        for item in iterables[0]:
            yield func(item)
    else:
        for args in zip(*iterables):
            yield func(*args)

def __filter(func, iterable):
    if func is None:
        for item in iterable:
            if item:
                yield item
    else:
        for item in iterable:
            if func(item):
                yield item

def __any(iterable):
    for item in iterable:
        if item:
            return True
    return False

def __all(iterable):
    for item in iterable:
        if not item:
            return False
    return True

def __iter_sentinel(func, sentinel):
    while True:
        value = func()
        if value == sentinel:
            return
        yield value


def __call(f, args, kwargs):
    return f(*args, **kwargs)
