class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, type(b) == B)
print(type(b).__name__, b.__class__.__name__, B.__bases__[0].__name__)
print(type(B) is type, type(type) is type)
print(A.__bases__ == (object,), object.__bases__)
