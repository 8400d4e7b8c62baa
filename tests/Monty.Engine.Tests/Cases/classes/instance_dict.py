class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(a.__dict__)
a.__dict__["z"] = 3
print(a.z)
print("cls_attr" in A.__dict__, "x" in A.__dict__)
print(vars(a))
