class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
    def __repr__(self): return f"K({self.k!r})"
d = {K("a"): 1}
d[K("A")] = 2
print(d, len(d))
s = set([K("x"), K("X"), K("y")])
print(len(s), K("Y") in s)
print(dict.fromkeys([K("q"), K("Q")]))
