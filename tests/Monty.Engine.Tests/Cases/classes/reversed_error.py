class A: pass
reversed(A())
