class A:
    pass
A()
print("ok")
A(1)
