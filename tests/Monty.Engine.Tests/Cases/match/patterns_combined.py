def f(v):
    match v:
        case [(1 as a, 2 as b) | (2 as b, 1 as a), *rest] if rest:
            return ("ab", a, b, rest)
        case [[x, y] | (x, y, _) | {"x": x, "y": y}, {"k": [*z]} | [*z]]:
            return ("xyz", x, y, z)
        case ((1 | 2) | (3 | 4)) as n:
            return ("n", n)
        case {"a": {"b": {"c": c}}, **kw} if not kw:
            return ("deep", c)
        case [int(a) | str(a), bool(b)] | {"a": a, "b": bool(b)}:
            return ("ab2", a, b)
    return None
tests = [[(1, 2), 9], [(2, 1), 8, 7], [(2, 1)], [[1, 2], {"k": [3]}], [(4, 5, 6), [7, 8]], [{"y": 1, "x": 2}, "no"],
         3, 4, 5, {"a": {"b": {"c": 1}}}, {"a": {"b": {"c": 1}}, "d": 0}, [1, True], ["s", False], {"a": 0, "b": True}, [1, 1]]
for t in tests:
    print(f(t))
def g(seq):
    out = []
    for s in seq:
        match s:
            case (a, b, *c) if len(c) == 1:
                out.append(("one", a, b, c))
            case [a, b, *c, d, e]:
                out.append(("five+", a, b, c, d, e))
            case _:
                out.append("other")
    return out
print(g([(1, 2, 3), [1, 2, 3, 4, 5, 6], range(4), (1,), "abcde"]))
x = 0
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        x = a + b + c + d
print(x)
match {"k": None, "t": True, "f": False}:
    case {"k": None, "t": True, "f": False as ff}:
        print("singletons in mapping", ff)
match -0.0:
    case 0:
        print("zero via ==")
match 1.5:
    case 1.5 | -1.5:
        print("float or")
