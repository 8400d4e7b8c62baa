def f(x):
    match x:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 3}, {"type": "circle"}, {}, {"a": 1}, [], "type", None]:
    print(f(v))
