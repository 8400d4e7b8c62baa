class A: pass
float(A())
