"""Shared machinery for the builtin case generators: encodes Python values as tagged JSON
that the C# tests decode into engine objects, runs each case on CPython, and records the
canonical repr of the result (sets sorted, addresses masked) or the exception raised."""
import json
import re
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("generate the expected values with CPython 3.11")


class It:
    """An argument passed as iter(list): exercises the 'any iterable' paths."""
    def __init__(self, items):
        self.items = list(items)


class _Self:
    pass


SELF = _Self()      # an argument that is the receiver itself (l.extend(l))
NOSELF = _Self()    # a method called on the type with no receiver at all


class View:
    """d.keys() / d.values() / d.items() of a dict literal."""
    def __init__(self, kind, d):
        self.kind = kind
        self.d = d


class Obj:
    """A fresh object() instance."""


def enc(v):
    if v is None:
        return None
    if v is True or v is False:
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, str):
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in v):
            # JSON readers reject lone surrogates: send UTF-16 code units instead.
            raw = v.encode("utf-16-le", "surrogatepass")
            return {"u16": [int.from_bytes(raw[i:i + 2], "little") for i in range(0, len(raw), 2)]}
        return {"s": v}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, frozenset):
        return {"fs": [enc(x) for x in v]}
    if isinstance(v, set):
        return {"set": [enc(x) for x in v]}
    if isinstance(v, range):
        return {"r": [v.start, v.stop, v.step]}
    if isinstance(v, slice):
        return {"sl": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, type):
        return {"type": v.__name__}
    if isinstance(v, It):
        return {"it": [enc(x) for x in v.items]}
    if v is SELF:
        return {"self": 1}
    if isinstance(v, View):
        return {"view": v.kind, "of": enc(v.d)}
    if isinstance(v, Obj):
        return {"obj": 1}
    raise TypeError(f"cannot encode {v!r}")


TYPES = {t.__name__: t for t in (int, float, bool, str, bytes, list, tuple, dict, set, frozenset, range, slice, type, object)}
TYPES.update({t.__name__: t for t in (ValueError, KeyError, TypeError, IndexError, Exception, BaseException,
                                      StopIteration, NameError, AttributeError, ZeroDivisionError, RuntimeError,
                                      ImportError, LookupError, OSError, SystemExit)})


def dec(e, self_obj=None):
    """Builds a fresh Python value from its encoding (so every case starts from new objects)."""
    if e is None or isinstance(e, bool):
        return e
    if "view" in e:
        return getattr(dec(e["of"]), e["view"])()
    (tag, val), = e.items()
    if tag == "i":
        return int(val)
    if tag == "f":
        return float(val)
    if tag == "s":
        return val
    if tag == "u16":
        return b"".join(u.to_bytes(2, "little") for u in val).decode("utf-16-le", "surrogatepass")
    if tag == "b":
        return bytes.fromhex(val)
    if tag == "l":
        return [dec(x, self_obj) for x in val]
    if tag == "t":
        return tuple(dec(x, self_obj) for x in val)
    if tag == "d":
        return {dec(k, self_obj): dec(x, self_obj) for k, x in val}
    if tag == "set":
        return {dec(x, self_obj) for x in val}
    if tag == "fs":
        return frozenset(dec(x, self_obj) for x in val)
    if tag == "r":
        return range(*val)
    if tag == "sl":
        return slice(*[dec(x, self_obj) for x in val])
    if tag == "type":
        return TYPES[val]
    if tag == "it":
        return iter([dec(x, self_obj) for x in val])
    if tag == "self":
        return self_obj
    if tag == "obj":
        return object()
    raise ValueError(tag)


def canon(v, _active=None):
    """repr, except that set members are sorted and addresses masked (orders and ids differ by design)."""
    active = set() if _active is None else _active
    if isinstance(v, (list, dict, set, frozenset)) and id(v) in active:
        return {list: "[...]", dict: "{...}"}.get(type(v), f"{type(v).__name__}(...)")

    def inner(x):
        return canon(x, active)
    active.add(id(v))
    try:
        if isinstance(v, (set, frozenset)):
            if not v:
                return f"{type(v).__name__}()"
            body = "{" + ", ".join(sorted(inner(x) for x in v)) + "}"
            return body if type(v) is set else f"frozenset({body})"
        if type(v) is list:
            return "[" + ", ".join(inner(x) for x in v) + "]"
        if type(v) is tuple:
            return "(" + ", ".join(inner(x) for x in v) + (",)" if len(v) == 1 else ")")
        if type(v) is dict:
            return "{" + ", ".join(f"{inner(k)}: {inner(x)}" for k, x in v.items()) + "}"
        if type(v).__name__ in ("dict_keys", "dict_values", "dict_items"):
            return f"{type(v).__name__}([" + ", ".join(inner(x) for x in v) + "])"
        return re.sub(r" at 0x[0-9a-f]+", " at 0x?", repr(v))
    finally:
        active.discard(id(v))


class Cases:
    def __init__(self):
        self.rows = []

    def _run(self, row, fn):
        try:
            result = fn()
            row["result"] = canon(result)
        except Exception as e:  # noqa: BLE001 - recording CPython's behaviour is the point
            row["error"] = [type(e).__name__, str(e)]
        self.rows.append(row)

    def method(self, tname, self_value, name, *args, **kwargs):
        """tname.name(self, *args, **kwargs), also recording the receiver afterwards."""
        row = {"kind": "method", "type": tname, "name": name, "args": [enc(a) for a in args],
               "kwargs": {k: enc(v) for k, v in kwargs.items()}}
        if self_value is not NOSELF:
            row["self"] = enc(self_value)
        holder = {}

        def call():
            target = dec(row["self"]) if "self" in row else None
            holder["self"] = target
            a = [dec(x, target) for x in row["args"]]
            k = {n: dec(x, target) for n, x in row["kwargs"].items()}
            fn = getattr(TYPES[tname], name)
            return fn(*a, **k) if self_value is NOSELF else fn(target, *a, **k)
        self._run(row, call)
        if "self" in row:
            row["after"] = canon(holder["self"])

    def static(self, tname, name, *args, **kwargs):
        row = {"kind": "static", "type": tname, "name": name, "args": [enc(a) for a in args],
               "kwargs": {k: enc(v) for k, v in kwargs.items()}}
        self._run(row, lambda: getattr(TYPES[tname], name)(*[dec(x) for x in row["args"]],
                                                          **{n: dec(x) for n, x in row["kwargs"].items()}))

    def ctor(self, tname, *args, **kwargs):
        row = {"kind": "ctor", "type": tname, "args": [enc(a) for a in args],
               "kwargs": {k: enc(v) for k, v in kwargs.items()}}
        self._run(row, lambda: TYPES[tname](*[dec(x) for x in row["args"]],
                                            **{n: dec(x) for n, x in row["kwargs"].items()}))

    def _item(self, kind, obj, key, value=None):
        row = {"kind": kind, "self": enc(obj), "args": [enc(key)] + ([enc(value)] if kind == "setitem" else [])}
        holder = {}

        def call():
            target = dec(row["self"])
            holder["self"] = target
            k = dec(row["args"][0], target)
            if kind == "getitem":
                return target[k]
            if kind == "setitem":
                target[k] = dec(row["args"][1], target)
            else:
                del target[k]
            return None
        self._run(row, call)
        row["after"] = canon(holder["self"])

    def get(self, obj, key):
        self._item("getitem", obj, key)

    def set(self, obj, key, value):
        self._item("setitem", obj, key, value)

    def delete(self, obj, key):
        self._item("delitem", obj, key)

    def write(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for i, row in enumerate(self.rows):
                row = {"id": i, **row}
                f.write(json.dumps(row, ensure_ascii=True) + "\n")
        print(f"wrote {len(self.rows)} cases to {path}")
