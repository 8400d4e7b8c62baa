class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)))
print("yes" if B(True) else "no", not B(False))
print(B(False) or "fallback", B(True) and "both")
x = 0
while B(x < 3):
    x += 1
print(x)
print([b.v for b in [B(True), B(False)] if b])
