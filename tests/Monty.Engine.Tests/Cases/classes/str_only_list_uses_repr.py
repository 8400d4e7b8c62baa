class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
print([P()], str([P()]))
print({1: P()})
