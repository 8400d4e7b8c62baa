class A: pass
1 - A()
