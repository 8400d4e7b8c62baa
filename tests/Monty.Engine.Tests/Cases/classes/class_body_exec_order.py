print("before")
class A:
    print("in body")
    a = 1
    for i in range(3):
        a += i
    del i
print("after", A.a, hasattr(A, "i"))
