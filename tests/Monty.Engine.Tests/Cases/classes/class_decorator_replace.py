def wrap(cls):
    return lambda *a: ("wrapped", cls.__name__, a)
@wrap
class A: pass
print(A(1, 2))
