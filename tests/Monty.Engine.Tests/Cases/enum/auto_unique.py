from enum import Enum, auto, unique
class Step(Enum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()
print([(s.name, s.value) for s in Step])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape))
print(Shape.__members__["ALIAS_FOR_SQUARE"])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)
