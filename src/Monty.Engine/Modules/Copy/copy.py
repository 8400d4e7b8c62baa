"""copy: shallow and deep copies of builtin values. Immutable values are returned as they are;
deepcopy keeps a memo so shared and cyclic references are copied once."""


def copy(x):
    t = type(x)
    if t is list:
        return list(x)
    if t is dict:
        return dict(x)
    if t is set:
        return set(x)
    return x


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
    else:
        return x
    memo[key] = result
    # Keep the original alive while the memo refers to its id (as CPython's memo does).
    memo.setdefault(id(memo), []).append(x)
    return result

