class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et is not None)
        return self.n == 1
with CM(1), CM(2), CM(3):
    raise RuntimeError
print("suppressed by 1")
