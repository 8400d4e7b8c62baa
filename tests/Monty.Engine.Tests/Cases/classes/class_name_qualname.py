class Outer:
    class Inner:
        def m(self): pass
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.m.__qualname__)
def f():
    class Local: pass
    return Local
print(f().__qualname__)
print(Outer.__module__)
