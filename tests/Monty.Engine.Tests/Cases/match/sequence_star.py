def f(x):
    match x:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*only]:
            return f"only={only}"
for v in [[1, 2], [1, 2, 3, 4], (5, 6, 7), range(4), [1], []]:
    print(repr(v), f(v))
match (1, 2, 3):
    case (*init, tail):
        print(init, tail, type(init).__name__)
match "not a seq":
    case [*anything]:
        print("matched")
    case _:
        print("strings are not sequences")
