class A:
    def __getitem__(self, k): return k
a = A()
print(a[1])
a[1] = 2
