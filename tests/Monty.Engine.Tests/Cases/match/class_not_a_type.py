def f():
    pass
try:
    match 1:
        case f():
            pass
except TypeError as e:
    print("TypeError:", e)
import keyword
try:
    match 1:
        case keyword.iskeyword(x):
            pass
except TypeError as e:
    print("TypeError:", e)
match 3:
    case len():
        print("no")
