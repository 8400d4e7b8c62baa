from enum import Enum, StrEnum, auto
class Http(StrEnum):
    GET = auto()
    POST = auto()
print(Http.GET, repr(Http.POST), Http.GET == "get", f"{Http.POST}")
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
print(list(reversed(Weekday)))
print(Weekday.MON.__class__ is Weekday, Weekday(3).name)
d = {w: w.value * 10 for w in Weekday}
print(d[Weekday.TUE])
