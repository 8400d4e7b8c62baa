def f(x):
    match x:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n == 0:
            return "zero"
        case int(n) if n % 2 == 0 and n > 100:
            return "big even"
        case int(n) if not n % 2:
            return "even"
        case int():
            return "odd"
        case [a, b] if a == b:
            return "same"
        case [a, b] if (s := a + b) > 10:
            return f"sum {s}"
        case _:
            return "other"
for v in [-3, 0, 200, 4, 7, [2, 2], [5, 6], [1, 2], "x"]:
    print(repr(v), f(v))
