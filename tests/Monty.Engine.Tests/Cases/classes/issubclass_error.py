class A: pass
issubclass(A(), A)
