"""copy: shallow and deep copies of builtin values and of list, dict and tuple subclass instances
(__copy__ and __deepcopy__ are honoured). Other values are returned as they are; deepcopy keeps
a memo so shared and cyclic references are copied once."""


def copy(x):
    t = type(x)
    if t is list:
        return list(x)
    if t is dict:
        return dict(x)
    if t is set:
        return set(x)
    copier = getattr(t, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, tuple)):
        return _copy_subclass(x, t, None)
    return x


def _copy_subclass(x, t, memo):
    """A list, dict or tuple subclass instance (Counter, OrderedDict, a namedtuple) rebuilt as
    CPython's default reduce does: __new__, then the instance dict, then the items."""
    deep = memo is not None
    if isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(x, '__getnewargs__') else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = t.__new__(t, *args)
    else:
        y = t.__new__(t)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(deepcopy(state, memo) if deep else state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, memo)
    if found is not memo:
        return found
    t = type(x)
    if t is list:
        result = _deep_list(x, memo)
    elif t is dict:
        result = _deep_dict(x, memo)
    elif t is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple whose items are all unchanged is itself (as CPython keeps it).
        copied = memo.get(key, memo)
        if copied is not memo:
            return copied
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif t is set:
        result = set(deepcopy(item, memo) for item in x)
    elif t is frozenset:
        result = frozenset(deepcopy(item, memo) for item in x)
    elif hasattr(x, '__deepcopy__') and not isinstance(x, type):
        result = x.__deepcopy__(memo)
    elif isinstance(x, (list, dict, tuple)):
        result = _copy_subclass(x, t, memo)
    else:
        return x
    memo[key] = result
    # Keep the original alive while the memo refers to its id (as CPython's memo does).
    memo.setdefault(id(memo), []).append(x)
    return result

