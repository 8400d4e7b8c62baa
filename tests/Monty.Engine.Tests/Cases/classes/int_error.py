class A: pass
int(A())
