class L:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = L()
l.a = 1
l.a += 1
setattr(l, "b", 3)
del l.a
print(l.__dict__)
