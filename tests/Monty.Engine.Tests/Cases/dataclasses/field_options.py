from dataclasses import dataclass, field, fields
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    count: int = field(default=0, compare=False)
    computed: int = field(init=False, default=-1)
a = Inventory("a")
b = Inventory("a", count=5)
a.items.append(1)
print(a, b, a == b, b.items)
print([f.name for f in fields(a)], [f.name for f in fields(Inventory) if f.init])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
