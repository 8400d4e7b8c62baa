from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.RED in Color)
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(type(Color.RED).__name__, isinstance(Color.RED, Color), Color)
print([c.name for c in Color], {Color.RED: "r"}[Color.RED])
print(f"{Color.GREEN}", f"{Color.GREEN:>14}|", str(Color.BLUE))
