match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed, a and b are bound:", a, b)
match (3, 4):
    case (c, 5):
        print("no")
    case _:
        pass
try:
    print(c)
except NameError as e:
    print("NameError:", e)
calls = []
def g(v):
    calls.append(v)
    return v > 1
match 5:
    case 1 | 2:
        pass
    case n if g(n):
        print("guard ran", calls)
