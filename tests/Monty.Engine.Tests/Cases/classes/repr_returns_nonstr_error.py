class P:
    def __repr__(self): return 5
repr(P())
