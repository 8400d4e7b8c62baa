class A:
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
print(B.make(), B().make())
