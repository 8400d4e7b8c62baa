# json helpers for the options that call Python: json.dumps(default=...) converts unknown objects
# with the script's function first, then encodes natively; json.loads with hooks receives tagged
# tuples from the native parser (("o", pairs), ("f"|"i"|"c", text)) and applies the hooks.

def __json_prepare(o, default, markers):
    t = type(o)
    if t is str or t is int or t is float or t is bool or o is None:
        return o
    if markers is not None:
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers.add(key)
    if t is list or t is tuple:
        result = [__json_prepare(item, default, markers) for item in o]
    elif t is dict:
        result = {k: __json_prepare(v, default, markers) for k, v in o.items()}
    else:
        result = __json_prepare(default(o), default, markers)
    if markers is not None:
        markers.discard(key)
    return result

def __json_dumps_default(obj, default, check_circular, options):
    return __json_encode(__json_prepare(obj, default, set() if check_circular else None), options)

def __json_apply_hooks(value, object_hook, pairs_hook, parse_float, parse_int, parse_constant):
    t = type(value)
    if t is list:
        for i in range(len(value)):
            value[i] = __json_apply_hooks(value[i], object_hook, pairs_hook, parse_float, parse_int, parse_constant)
        return value
    if t is dict:
        for k in value:
            value[k] = __json_apply_hooks(value[k], object_hook, pairs_hook, parse_float, parse_int, parse_constant)
        return value
    if t is not tuple:
        return value
    tag = value[0]
    if tag == "o":
        pairs = [(k, __json_apply_hooks(v, object_hook, pairs_hook, parse_float, parse_int, parse_constant)) for k, v in value[1]]
        if pairs_hook is not None:
            return pairs_hook(pairs)
        result = dict(pairs)
        return result if object_hook is None else object_hook(result)
    if tag == "f":
        return float(value[1]) if parse_float is None else parse_float(value[1])
    if tag == "i":
        return int(value[1]) if parse_int is None else parse_int(value[1])
    return float(value[1]) if parse_constant is None else parse_constant(value[1])
