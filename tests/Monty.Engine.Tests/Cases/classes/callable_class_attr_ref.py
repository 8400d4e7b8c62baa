class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
print(list(map(A, [1, 2])))
make = A
print(make(3))
