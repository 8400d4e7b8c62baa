class A:
    def f(self): return 1
a = A()
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m.__name__)
print(a.f == a.f, A.f is A.f)
