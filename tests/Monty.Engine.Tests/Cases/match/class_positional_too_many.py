try:
    match 5:
        case int(a, b):
            print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    match (1, 2):
        case tuple(a, b, c):
            print("no")
except TypeError as e:
    print("TypeError:", e)
match "s":
    case int(a, b):
        print("not reached")
    case _:
        print("isinstance is checked first")
match 5:
    case int(x, real=y):
        print("self and keyword", x, y)
