class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"point {self.x}"
p = P("a")
print(p)
print(repr(p), str(p))
print([p, p])
print((p,), {"k": p})
print(f"{p} {p!r}")
print("%s %r" % (p, p))
