calls = []
def subject():
    calls.append(1)
    return [1, 2, 3]
match subject():
    case [1]:
        print("one")
    case [1, 2]:
        print("two")
    case [1, 2, x]:
        print("three", x)
print(len(calls))
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match *[1, 2], 3:
    case [*xs]:
        print("starred subject", xs)
