class A:
    """Docs for A."""
    def f(self):
        "f doc"
class B: pass
print(A.__doc__, A.f.__doc__, B.__doc__)
