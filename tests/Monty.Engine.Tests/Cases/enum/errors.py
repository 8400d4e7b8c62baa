from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
Color(0)
