class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v)
        return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print("gt", self.v)
        return self.v > (o.v if isinstance(o, V) else o)
print(V(1) > V(2))
print(3 < V(5))
print(V(5) > 3)
