class D:
    def __get__(self, obj, owner):
        return "from descriptor"
class A:
    d = D()
a = A()
print(a.d)
a.__dict__["d"] = "from instance"
print(a.d)
print(A.d)
