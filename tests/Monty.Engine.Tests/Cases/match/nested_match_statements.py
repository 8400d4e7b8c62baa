def f(x, y):
    match x:
        case int():
            match y:
                case int():
                    return "both int"
                case _:
                    return "x int"
        case _:
            match y:
                case int(n) if n > 0:
                    return "y positive"
    return "neither"
print(f(1, 2), f(1, "a"), f("a", 3), f("a", -3))
