match [1, 2]:
    case [a, b]:
        print(a + b)
match 5:
    case int(a, b):
        print("unreachable")
