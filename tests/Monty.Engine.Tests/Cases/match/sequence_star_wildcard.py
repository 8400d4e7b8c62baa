def f(x):
    match x:
        case [1, *_, 9]:
            return "one..nine"
        case [*_, 0]:
            return "ends in zero"
        case [_, _, *_]:
            return "at least two"
        case [*_]:
            return "any sequence"
        case _:
            return "other"
for v in [[1, 9], [1, 5, 5, 9], [3, 0], [0], [4, 5], [7], (), "xy", 5]:
    print(repr(v), f(v))
