class A:
    __hash__ = None
print(A.__hash__ is None)
hash(A())
