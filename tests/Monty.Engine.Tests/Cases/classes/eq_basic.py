class P:
    def __init__(self, x): self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
print(P(1) == P(1), P(1) == P(2), P(1) != P(1), P(1) != P(2))
print(P(1) == 1, 1 == P(1), P(1) != "a")
print(P(1) in [P(0), P(1)], [P(1)].index(P(1)), [P(1), P(1)].count(P(1)))
