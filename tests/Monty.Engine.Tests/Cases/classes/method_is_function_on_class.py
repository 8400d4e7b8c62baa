class A:
    def f(self): return "f"
print(type(A.f).__name__, type(A().f).__name__)
g = A.f
print(g(A()))
A.g = lambda self: "lambda " + type(self).__name__
print(A().g())
