class A: pass
[1, 2][A()]
