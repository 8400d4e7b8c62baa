class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b)
print(b < a, b <= a, b > a, b >= a)
print(V(1) < V(2) < V(3), V(1) < V(3) < V(2))
