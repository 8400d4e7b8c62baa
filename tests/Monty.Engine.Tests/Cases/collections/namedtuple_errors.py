from collections import namedtuple
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    P3(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", ["_a"])
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print(e)
print(namedtuple("R", "a class", rename=True)._fields)
p = P3(1, 2, 3)
p.a = 5
