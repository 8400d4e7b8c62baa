class A:
    def __init__(self): self._v = 1
    def get(self): return self._v
    def set(self, v): self._v = v * 2
    v = property(get, set, None, "the v")
a = A()
a.v = 5
print(a.v, A.v.__doc__)
print(isinstance(A.v, property))
