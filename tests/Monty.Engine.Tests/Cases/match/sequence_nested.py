def f(x):
    match x:
        case [(a, b), [c, [d, *e]]]:
            return (a, b, c, d, e)
        case [[[x]]]:
            return ("deep", x)
        case _:
            return None
print(f([(1, 2), [3, [4, 5, 6]]]))
print(f(((1, 2), (3, (4,)))))
print(f([[[7]]]))
print(f([[[7, 8]]]))
print(f([(1, 2), [3, 4]]))
