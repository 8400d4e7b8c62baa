class B:
    def __bool__(self): return 1
bool(B())
