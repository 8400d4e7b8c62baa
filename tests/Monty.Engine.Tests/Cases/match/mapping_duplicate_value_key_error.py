import keyword
n = keyword.kwlist.__class__.__name__
print(n)
match {"list": 1, "b": 2}:
    case {keyword.kwlist.__class__.__name__: a, keyword.kwlist.__class__.__name__: b}:
        print("matched", a, b)
