class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    pass
class B(A): pass
print(A.created_by, B.created_by, type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type))
