class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 5
print(p.x)
print(hasattr(p, "__dict__"))
p.z = 3
