from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(2, 1), Version(1, 5), Version(2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(3) >= Version(2, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1, 0)}))
v = Version(1)
try:
    v.major = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(e)
try:
    v.major = 5
except FrozenInstanceError as e:
    print(repr(e))
