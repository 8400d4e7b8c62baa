match range(10**12):
    case [first, second, *_, last]:
        print(first, second, last)
match range(0, 10**15, 7):
    case [*_, penultimate, _]:
        print(penultimate)
match (1, 2, 3, 4, 5):
    case (a, *_, b) if a < b:
        print("ends", a, b)
match [[1, 2], [3, 4, 5]]:
    case [[*_, x], [y, *_, z]]:
        print(x, y, z)
