class A:
    def who(self): return "A"
    def a(self): return "a"
class B:
    def who(self): return "B"
    def b(self): return "b"
class C(A, B):
    pass
c = C()
print(c.who(), c.a(), c.b())
print([k.__name__ for k in C.__mro__])
