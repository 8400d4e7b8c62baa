class A:
    def hello(self): return "A"
class B(A):
    pass
class C(B):
    def hello(self): return "C>" + super().hello()
print(C().hello())
print(C.hello(C()), B.hello(C()))
