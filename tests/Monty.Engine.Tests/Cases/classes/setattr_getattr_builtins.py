class A: pass
a = A()
setattr(a, "x", 5)
print(getattr(a, "x"), getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "y"))
delattr(a, "x")
print(hasattr(a, "x"))
getattr(a, "x")
