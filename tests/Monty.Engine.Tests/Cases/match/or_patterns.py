def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [1, _] | [_, 1]:
            return "has one"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case {"k": v} | [v, _, _]:
            return f"v={v}"
        case None | True:
            return "singleton"
        case _:
            return "other"
for v in [1, 3, "b", [1, 9], [9, 1], (5, 0), (0, 7), {"k": 8}, [4, 4, 4], None, True, 0]:
    print(repr(v), f(v))
