class A:
    def __str__(self): return "A-str"
    def __repr__(self): return "A-repr"
print(A(), A(), sep="|")
print(str(A()), "%s" % A(), "{}".format(A()), "{!r}".format(A()))
print(A().__str__(), A().__repr__())
