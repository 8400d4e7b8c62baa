import keyword
def f(x):
    match x:
        case {1: a, -2: b}:
            return ("ints", a, b)
        case {None: n, True: t}:
            return ("singletons", n, t)
        case {b"k": v}:
            return ("bytes", v)
        case {2.5: v}:
            return ("float", v)
        case {keyword.kwlist.__class__.__name__: v}:
            return ("value key", v)
    return None
print(f({1: "one", -2: "minus two"}))
print(f({1.0: "one", -2: "x"}))
print(f({None: 0, 1: "t"}))
print(f({None: 0, True: "t"}))
print(f({b"k": 9}))
print(f({2.5: 1}))
print(f({"list": "L"}))
print(f({}))
