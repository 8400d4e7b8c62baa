class M:
    @staticmethod
    def add(a, b):
        return a + b
    mul = staticmethod(lambda a, b: a * b)
print(M.add(1, 2), M().add(3, 4), M.mul(2, 5), M().mul(3, 3))
