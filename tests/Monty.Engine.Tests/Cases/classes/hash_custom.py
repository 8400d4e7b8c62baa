class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
d = {P(1): "one", P(2): "two"}
print(d[P(1)], d[P(2)], P(3) in d)
s = {P(1), P(1), P(2)}
print(len(s))
print(hash(P(7)) == hash(7))
