def f(x):
    match x:
        case [1, 2] as pair:
            return ("pair", pair)
        case [(1 | 2 | 3) as small, *rest] as whole:
            return ("small", small, rest, whole)
        case {"k": [*_] as lst}:
            return ("list value", lst)
        case (int() | float()) as num:
            return ("number", num)
        case str() as s if s:
            return ("str", s)
    return None
for v in [[1, 2], (2, 9, 9), {"k": [1]}, {"k": "s"}, 3, 4.5, "t", "", [4]]:
    print(f(v))
