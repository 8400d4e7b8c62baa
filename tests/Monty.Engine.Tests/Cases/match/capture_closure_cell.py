def make(v):
    match v:
        case (name, value):
            return lambda: f"{name}={value}"
    return lambda: "none"
print(make(("a", 1))())
print(make(None)())
fs = []
for item in [(1, 2), (3, 4)]:
    match item:
        case (p, q):
            fs.append(lambda p=p, q=q: p + q)
print([f() for f in fs])
