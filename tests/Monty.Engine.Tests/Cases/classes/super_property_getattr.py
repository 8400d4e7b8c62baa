class A:
    x = "A.x"
class B(A):
    x = "B.x"
    def get(self):
        return super().x, self.x
print(B().get())
