import keyword
match {"x": 1, "y": 2}:
    case {keyword.kwlist.__class__.__name__: a}:
        print("no")
    case {"x": a, "y": b}:
        print("literal keys", a, b)
try:
    match {"list": 1}:
        case {"list": a, keyword.kwlist.__class__.__name__: b}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
match {"x": 1}:
    case {"list": a, keyword.kwlist.__class__.__name__: b}:
        print("no")
    case _:
        print("missing first key: no duplicate check reached")
