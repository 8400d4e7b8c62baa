class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add = Adder(5)
print(add(1), add(1, twice=True), callable(add), callable(Adder), callable(5))
print(list(map(add, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(0)))
