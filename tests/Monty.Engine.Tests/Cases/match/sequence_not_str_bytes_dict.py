def f(x):
    match x:
        case [a, b]:
            return f"seq {a!r} {b!r}"
        case [*items]:
            return f"star {items}"
        case _:
            return "not a sequence"
for v in ["ab", b"ab", {"a": 1, "b": 2}, {1, 2}, frozenset(), iter([1, 2]), 12, None, [1, 2], (3,)]:
    if isinstance(v, (set, frozenset)):
        print(type(v).__name__, f(v))
    elif type(v).__name__ == "list_iterator":
        print("iterator", f(v))
    else:
        print(repr(v), f(v))
