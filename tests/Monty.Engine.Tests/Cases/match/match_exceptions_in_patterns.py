def f(x):
    try:
        match x:
            case [a, b] if a / b > 1:
                return "ratio"
            case _:
                return "other"
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"
print(f([4, 2]))
print(f([1, 0]))
print(f([1, 2]))
try:
    match 1:
        case undefined_name.attr:
            pass
except NameError as e:
    print("NameError:", e)
