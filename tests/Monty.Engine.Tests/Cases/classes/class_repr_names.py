class A: pass
print(repr(A))
print(str(A))
print(A)
print(int, object, type)
