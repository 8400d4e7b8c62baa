class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
    a = 1
class IntArgs:
    __match_args__ = (1,)
class Dup:
    __match_args__ = ("a",)
    a = 1
class Prop:
    __match_args__ = ("value", "missing")
    @property
    def value(self):
        return 42
for subject, run in [
    (NoArgs(), lambda s: [None for _ in [0] if False]),
]:
    pass
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
def m1():
    match NoArgs():
        case NoArgs(x):
            return x
def m2():
    match ListArgs():
        case ListArgs(x):
            return x
def m3():
    match IntArgs():
        case IntArgs(x):
            return x
def m4():
    match Dup():
        case Dup(x, a=y):
            return x, y
def m5():
    match Prop():
        case Prop(v):
            return v
def m6():
    match Prop():
        case Prop(v, m):
            return v, m
        case _:
            return "missing attribute: no match"
for label, fn in [("no args", m1), ("list", m2), ("int", m3), ("dup", m4), ("prop", m5), ("missing", m6)]:
    attempt(label, fn)
