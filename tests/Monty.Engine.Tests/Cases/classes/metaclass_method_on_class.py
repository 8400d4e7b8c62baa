class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
class A(metaclass=Meta): pass
print(A.describe())
print(hasattr(A(), "describe"))
