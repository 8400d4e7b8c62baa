class A:
    x = 1
    y = "two"
print(A.x, A.y)
a = A()
print(a.x, a.y)
A.x = 10
print(a.x)
a.x = 5
print(a.x, A.x)
del a.x
print(a.x)
