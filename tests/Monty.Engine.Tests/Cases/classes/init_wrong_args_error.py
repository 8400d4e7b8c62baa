class A:
    def __init__(self, x):
        self.x = x
A(1)
print("ok")
A(1, 2)
