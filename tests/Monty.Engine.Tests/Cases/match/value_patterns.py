import keyword
RED = 0
class_ = {"x": 1}
def color(v):
    match v:
        case keyword.kwlist:
            return "kwlist"
        case _:
            return "other"
print(color(keyword.kwlist), color(["False"]), color([]))
def lookup(v, ns):
    match v:
        case ns.real:
            return "equals real"
        case _:
            return "no"
print(lookup(3, 3), lookup(3.0, 3), lookup(4, 3))
