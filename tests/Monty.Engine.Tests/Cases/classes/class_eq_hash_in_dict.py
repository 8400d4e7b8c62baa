class A: pass
d = {A: "class a", int: "int"}
print(d[A], d[int])
print(A == A, A != int)
