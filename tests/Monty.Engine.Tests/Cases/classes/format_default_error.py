class A:
    def __str__(self): return "A!"
print(format(A()), f"{A()}")
print(f"{A():>5}")
