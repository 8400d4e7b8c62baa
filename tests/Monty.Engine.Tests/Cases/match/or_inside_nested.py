def f(x):
    match x:
        case [("a" | "b") as letter, (1 | 2) as n]:
            return letter * n
        case [[1, y] | [y, 1], z]:
            return (y, z)
    return "no"
print(f(["a", 2]))
print(f(["b", 1]))
print(f(["c", 1]))
print(f([[1, 5], 6]))
print(f([[5, 1], 7]))
print(f([[5, 5], 7]))
