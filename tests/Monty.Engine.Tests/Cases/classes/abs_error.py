class A: pass
abs(A())
