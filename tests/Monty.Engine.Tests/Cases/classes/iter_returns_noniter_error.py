class A:
    def __iter__(self): return 5
iter(A())
