class A:
    def f(self, x):
        return x
a = A()
print(a.f(1))
a.f()
