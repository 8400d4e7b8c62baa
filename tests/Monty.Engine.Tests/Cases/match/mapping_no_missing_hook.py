def f(x):
    match x:
        case {"a": a, "b": b}:
            return (a, b)
        case {"a": a}:
            return (a,)
    return ()
print(f({"a": 1, "b": 2}))
print(f({"a": 1}))
print(f({"b": 1}))
print(f(dict(a=None)))
