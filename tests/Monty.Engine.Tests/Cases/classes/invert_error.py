class A: pass
~A()
