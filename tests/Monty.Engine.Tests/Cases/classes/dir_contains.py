class A:
    z = 1
    def m(self): pass
a = A()
a.q = 2
names = dir(a)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__repr__" in dir(A))
