def f(x):
    match x:
        case (a, b, c) | [c, b, a, _] | {"a": a, "c": c, "b": b}:
            return (a, b, c)
    return None
print(f((1, 2, 3)))
print(f([1, 2, 3, 4]))
print(f({"b": 2, "c": 3, "a": 1}))
print(f("x"))
def g(x):
    match x:
        case [*_, (p, q) | {"q": q, "p": p}, last]:
            return p, q, last
    return None
print(g([0, (1, 2), 3]))
print(g([{"p": 4, "q": 5}, 6]))
print(g([7]))
