class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for i in Countdown(2):
    print(i)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(3)))
print([x * 2 for x in Countdown(3)], dict(zip("ab", Countdown(2))))
