class A:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class B(A): pass
print(A.bump(), A.bump(), B.bump(), A.count, B.count)
