def f(x):
    match x:
        case int(real=r, imag=0) if r > 10:
            return ("big int", r)
        case float(real=r, imag=i):
            return ("float", r, i)
        case str(upper=u):
            return ("has upper", u())
        case int(numerator=n, denominator=d):
            return ("fraction", n, d)
    return None
for v in [20, 3, 1.5, "ab", [1]]:
    print(f(v))
match 5:
    case int(no_such_attribute=x):
        print("matched", x)
    case _:
        print("missing attribute means no match")
