for v in [True, 1, 0, False]:
    match v:
        case bool(b):
            print(repr(v), "bool", b)
        case int(i):
            print(repr(v), "int", i)
for v in [True, 1]:
    match v:
        case int(i):
            print(repr(v), "int first", i)
