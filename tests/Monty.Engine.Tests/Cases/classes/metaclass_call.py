class Counting(type):
    def __call__(cls, *args):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args)
class P(metaclass=Counting):
    def __init__(self, x): self.x = x
P(1); P(2)
print(P.instances, P(3).x)
