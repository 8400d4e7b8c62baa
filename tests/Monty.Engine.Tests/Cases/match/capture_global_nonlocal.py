counter = 0
def bump(v):
    global counter
    match v:
        case [counter]:
            pass
bump([10])
print(counter)
def outer():
    x = "old"
    def inner(v):
        nonlocal x
        match v:
            case {"x": x}:
                return True
        return False
    print(inner({"x": "new"}), x)
    print(inner({"y": 1}), x)
outer()
