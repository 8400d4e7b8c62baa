def f(x):
    match x:
        case {"a": 1, **rest}:
            return ("a1", rest)
        case {**rest} if len(rest) > 2:
            return ("big", sorted(rest))
        case {"b": b, **others}:
            return ("b", b, others)
    return None
print(f({"a": 1, "b": 2, "c": 3}))
print(f({"a": 1}))
print(f({"x": 1, "y": 2, "z": 3}))
print(f({"b": 5, "a": 2}))
print(f({"a": 2}))
d = {"a": 1, "k": 2}
match d:
    case {"a": _, **r}:
        r["new"] = 1
print(d, r, r is d)
