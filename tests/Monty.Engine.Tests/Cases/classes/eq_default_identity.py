class A: pass
a = A()
print(a == a, a == A(), a != A(), a is a)
