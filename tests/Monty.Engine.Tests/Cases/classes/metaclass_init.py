class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("__"))
class M(metaclass=Meta):
    b = 1
    a = 2
    def c(self): pass
print(M.fields)
