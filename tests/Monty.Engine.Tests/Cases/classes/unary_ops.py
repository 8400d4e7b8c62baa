class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return "inverted"
    def __repr__(self): return f"N({self.v})"
n = N(-3)
print(-n, +n, abs(n), ~n, -(-n))
