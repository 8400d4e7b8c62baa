class A: pass
A() >= 3
