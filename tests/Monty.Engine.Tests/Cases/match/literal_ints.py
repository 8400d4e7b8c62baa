def f(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 10_000:
            return "ten thousand"
        case _:
            return "other"
for v in [0, 1, -1, 10000, 2, 1.0, True, False, 0.0, -1.0]:
    print(repr(v), f(v))
