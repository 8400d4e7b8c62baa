class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, x):
        print("init", x)
        self.x = x
a = A(3)
print(a.made, a.x)
