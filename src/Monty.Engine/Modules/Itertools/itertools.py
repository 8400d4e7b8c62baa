"""itertools, written as generators so that predicates and the iterables they consume run as
ordinary frames (host calls suspend cleanly). Argument errors are raised when the function is
called, as CPython's constructors raise them, not at the first next()."""

_MAXSIZE = 9223372036854775807


def _count_gen(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    for v in (start, step):
        if not isinstance(v, (int, float)):
            raise TypeError("a number is required")
    return _count_gen(start, step)


def _cycle_gen(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    return _cycle_gen(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


def repeat(*args, **kwargs):
    if len(args) + len(kwargs) == 0:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    obj = args[0] if args else kwargs['object']
    if len(args) > 1:
        times = args[1]
    elif 'times' in kwargs:
        times = kwargs['times']
    else:
        return _repeat_forever(obj)
    if not isinstance(times, int):
        raise TypeError("'" + type(times).__name__ + "' object cannot be interpreted as an integer")
    return _repeat_times(obj, max(times, 0))


def _accumulate_gen(it, func, initial):
    if initial is not None:
        total = initial
        yield total
    else:
        try:
            total = next(it)
        except StopIteration:
            return
        yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate_gen(iter(iterable), func, initial)


def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element


def chain(*iterables):
    return _chain_gen(iterables)


def _from_iterable(iterable):
    return _chain_gen(iterable)


chain.from_iterable = _from_iterable


def _compress_gen(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress_gen(iter(data), iter(selectors))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(*args):
    if len(args) != 2:
        raise TypeError("dropwhile expected 2 arguments, got " + str(len(args)))
    return _dropwhile_gen(args[0], iter(args[1]))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(*args):
    if len(args) != 2:
        raise TypeError("takewhile expected 2 arguments, got " + str(len(args)))
    return _takewhile_gen(args[0], iter(args[1]))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(*args):
    if len(args) != 2:
        raise TypeError("filterfalse expected 2 arguments, got " + str(len(args)))
    return _filterfalse_gen(args[0], iter(args[1]))


def _starmap_gen(function, it):
    for args in it:
        yield function(*args)


def starmap(*args):
    if len(args) != 2:
        raise TypeError("starmap expected 2 arguments, got " + str(len(args)))
    return _starmap_gen(args[0], iter(args[1]))


def _pairwise_gen(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    return _pairwise_gen(iter(iterable))


def _islice_index(value, what):
    # CPython's quirk: a stop that is not an int (or is -1) gets its own message; any other
    # negative value gets the general one.
    if value is None:
        return None
    if isinstance(value, int) and 0 <= value <= _MAXSIZE:
        return value
    if what == 'stop' and (not isinstance(value, int) or value == -1):
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")


def _islice_gen(it, start, stop, step):
    index = 0
    next_index = start
    while stop is None or next_index < stop:
        while index < next_index:
            try:
                next(it)
            except StopIteration:
                return
            index += 1
        try:
            element = next(it)
        except StopIteration:
            return
        index += 1
        yield element
        next_index += step
    # CPython consumes the items up to stop even when they are not yielded.
    while index < stop:
        try:
            next(it)
        except StopIteration:
            return
        index += 1


def islice(*args):
    if len(args) < 2:
        raise TypeError("islice expected at least 2 arguments, got " + str(len(args)))
    if len(args) > 4:
        raise TypeError("islice expected at most 4 arguments, got " + str(len(args)))
    it = iter(args[0])
    if len(args) == 2:
        start, stop, step = 0, _islice_index(args[1], 'stop'), 1
    else:
        start = _islice_index(args[1], 'start')
        stop = _islice_index(args[2], 'stop')
        step = args[3] if len(args) == 4 else None
        if start is None:
            start = 0
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice_gen(it, start, stop, step)


def _zip_longest_gen(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest_gen([iter(it) for it in iterables], fillvalue)


def _groupby_gen(it, keyfunc):
    # As CPython's groupby object: state = [target key, current key, current value, group id].
    marker = object()
    state = [marker, marker, marker, None]

    def grouper(target, group_id):
        while state[3] is group_id and state[1] == target:
            yield state[2]
            try:
                state[2] = next(it)
            except StopIteration:
                return
            state[1] = state[2] if keyfunc is None else keyfunc(state[2])

    while True:
        state[3] = object()
        while state[1] == state[0]:
            try:
                state[2] = next(it)
            except StopIteration:
                return
            state[1] = state[2] if keyfunc is None else keyfunc(state[2])
        state[0] = state[1]
        yield (state[1], grouper(state[0], state[3]))


def groupby(iterable, key=None):
    return _groupby_gen(iter(iterable), key)


def _tee_gen(it, buffers, index):
    buffer = buffers[index]
    while True:
        if not buffer:
            try:
                value = next(it)
            except StopIteration:
                return
            for b in buffers:
                b.append(value)
        yield buffer.pop(0)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee_gen(it, buffers, i) for i in range(n))


def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'" + type(repeat).__name__ + "' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'" + type(r).__name__ + "' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    _check_r(r)
    return _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


_MISSING = object()


def combinations(iterable, r=_MISSING):
    if r is _MISSING:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r=_MISSING):
    if r is _MISSING:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _cwr_gen(pool, r)
