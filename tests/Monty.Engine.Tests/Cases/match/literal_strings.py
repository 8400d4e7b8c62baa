def f(x):
    match x:
        case "":
            return "empty"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes"
        case _:
            return "other"
for v in ["", "hello", "ab", b"raw", "raw", b"hello", "Hello"]:
    print(repr(v), f(v))
