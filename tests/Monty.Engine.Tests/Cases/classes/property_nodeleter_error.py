class A:
    @property
    def x(self):
        return 1
a = A()
del a.x
