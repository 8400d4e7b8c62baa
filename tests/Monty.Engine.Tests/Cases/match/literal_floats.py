def f(x):
    match x:
        case 0.5:
            return "half"
        case -2.5:
            return "minus two and a half"
        case 1e3:
            return "thousand"
        case _:
            return "other"
for v in [0.5, -2.5, 1000, 1000.0, 0.25, float("nan")]:
    print(repr(v), f(v))
