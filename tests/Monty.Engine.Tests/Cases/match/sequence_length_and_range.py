match range(3):
    case [0, 1, 2]:
        print("range matches")
match range(10**6):
    case [first, second, *_]:
        print("big range", first, second)
match range(5, 0, -2):
    case [a, *rest]:
        print(a, rest)
match [1, 2, 3]:
    case (1, 2, 3):
        print("tuple pattern matches list")
match (1, 2, 3):
    case [1, 2, 3]:
        print("list pattern matches tuple")
