def make(n):
    class C:
        def get(self):
            return n
    return C
print(make(5)().get())
def outer():
    x = 1
    class A:
        class B:
            def f(self):
                return x
    return A.B().f()
print(outer())
