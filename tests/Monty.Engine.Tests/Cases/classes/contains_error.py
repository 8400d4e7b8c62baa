class A: pass
1 in A()
