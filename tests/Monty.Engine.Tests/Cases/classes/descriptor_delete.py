class D:
    def __get__(self, obj, owner): return 1
    def __set__(self, obj, v): print("set", v)
    def __delete__(self, obj): print("delete")
class A:
    d = D()
a = A()
a.d = 9
del a.d
print(a.d)
