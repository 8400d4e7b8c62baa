class A:
    @property
    def name(self):
        return "A"
class B(A):
    @property
    def name(self):
        return "B/" + super().name
print(B().name)
