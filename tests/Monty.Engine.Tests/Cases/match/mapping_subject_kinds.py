def f(x):
    match x:
        case {"a": v}:
            return f"a={v}"
        case {}:
            return "empty-or-other mapping"
        case [*_]:
            return "sequence"
    return "nothing"
print(f({"a": 1}))
print(f({"b": 1}))
print(f(dict.fromkeys(["a"], 0)))
print(f([("a", 1)]))
print(f("a"))
print(f({"a"}))
