class A:
    def __init__(self): self.x = 1
a = A()
print(object.__getattribute__(a, "x"))
object.__setattr__(a, "y", 2)
print(a.y)
object.__delattr__(a, "y")
print(hasattr(a, "y"))
print(A.__eq__(a, a), A.__ne__(a, a), A.__eq__(a, 1))
