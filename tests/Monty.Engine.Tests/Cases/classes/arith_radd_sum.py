class M:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
    def __repr__(self): return f"M({self.v})"
print(sum([M(1), M(2), M(3)]))
print(sum([M(1), M(2)], M(10)))
print(5 + M(1), M(1) + 5)
