class A: pass
A() | 2
