def f(x):
    match x:
        case [int(a), str(b)]:
            return ("int,str", a, b)
        case [int(a), int(b)] if a < b:
            return ("ascending", a, b)
        case [int(), *rest]:
            return ("int first", rest)
        case {"n": int(n) | float(n)}:
            return ("number", n)
    return None
for v in [[1, "a"], [1, 2], [2, 1], [3, "x", "y"], {"n": 2.5}, {"n": "2"}, ["a", 1]]:
    print(f(v))
