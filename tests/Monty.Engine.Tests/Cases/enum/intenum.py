from enum import IntEnum
class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.LOW, repr(Prio.MID), str(Prio.HIGH), f"{Prio.HIGH}")
print(Prio.LOW < Prio.HIGH, Prio.MID == 5, Prio.HIGH > 7, Prio.LOW + 1, Prio.MID * 2)
print(sorted([Prio.HIGH, Prio.LOW, Prio.MID]), max(Prio))
print(Prio(5), int(Prio.HIGH), [10, 20, 30][Prio.LOW], hash(Prio.MID) == hash(5))
print({Prio.MID: "m"}[5])
