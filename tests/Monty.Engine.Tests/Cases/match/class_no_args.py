def kind(x):
    match x:
        case bool():
            return "bool"
        case int():
            return "int"
        case str() | bytes():
            return "text"
        case list() | tuple():
            return "sequence"
        case dict():
            return "dict"
        case object():
            return "object"
for v in [False, 0, "s", b"b", [], (), {}, None, 1.5]:
    print(repr(v), kind(v))
