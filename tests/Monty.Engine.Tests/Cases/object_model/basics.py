class A:
    """doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    @property
    def double(self):
        return self.v * 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def s(a):
        return a + 100

class B(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def get(self):
        return super().get() * 10 + self.w

a = A(5)
print(a.v, a.get(), a.double, A.make(3).v, A.s(1), a.s(2), A.__doc__, A.__name__, A.__qualname__)
b = B(2, 7)
print(b.get(), isinstance(b, A), issubclass(B, A), type(b).__name__, b.__class__.__name__, B.__mro__)
print(a.__dict__, b.__dict__)
try:
    a.z
except AttributeError as e:
    print(e)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 3)
except E as e:
    print(e, e.code, e.args, repr(e))
print(repr(A)[:18], str(A))
