class P:
    def __repr__(self): return "P!"
print(str(P()), P(), f"{P()}", format(P()))
