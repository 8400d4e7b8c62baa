def classify(items):
    out = []
    for item in items:
        match item:
            case ("stop",):
                break
            case ("skip", _):
                continue
            case ("add", n):
                out.append(n)
            case ("ret", value):
                return ("early", value, out)
    return ("end", out)
print(classify([("add", 1), ("skip", 2), ("add", 3)]))
print(classify([("add", 1), ("stop",), ("add", 3)]))
print(classify([("add", 1), ("ret", 9), ("add", 3)]))
