class A: pass
next(A())
