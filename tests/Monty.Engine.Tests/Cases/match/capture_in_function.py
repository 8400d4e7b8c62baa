def f(v):
    match v:
        case [a, b]:
            pass
        case other:
            a = b = other
    return a, b
print(f([1, 2]))
print(f(3))
def g(v):
    match v:
        case [a]:
            return a
    return a
print(g([5]))
try:
    g(7)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
