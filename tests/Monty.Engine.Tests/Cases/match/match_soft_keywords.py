match = {"case": 1}
case = [match]
print(match["case"], case)
match match:
    case {"case": case}:
        print("case is", case)
def match_(match):
    match match:
        case [match]:
            return match
    return None
print(match_([5]), match_(5))
_ = "underscore var"
match 1:
    case _:
        print(_)
