class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o)
    def __mul__(self, o): return V(self.v * o)
a = V(1)
b = a
a += 5
a *= 2
print(a.v, b.v, a is b)
