class A: pass
-A()
