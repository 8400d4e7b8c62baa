class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)))
print(isinstance(b, (C, int)))
print(isinstance(3, (C, int)))
print(issubclass(B, (C, A)))
print(issubclass(C, (A, B)))
print(isinstance(b, object), issubclass(C, object))
print(isinstance(A, type), isinstance(b, type))
