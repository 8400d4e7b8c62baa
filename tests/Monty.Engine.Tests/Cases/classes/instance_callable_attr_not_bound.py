class A: pass
a = A()
a.f = lambda x: x * 2
print(a.f(4))
