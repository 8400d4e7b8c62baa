class A: pass
A()()
