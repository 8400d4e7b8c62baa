from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
@dataclass
class Box(Rect):
    d: float = 1.0
    def volume(self):
        return self.area * self.d
b = Box(2, 3, 4)
print(b, b.volume())
@dataclass
class Account:
    owner: str
    scale: InitVar[int] = 1
    balance: int = 0
    def __post_init__(self, scale):
        self.balance *= scale
print(Account("ann", 3, 10), Account("bob", balance=7))
