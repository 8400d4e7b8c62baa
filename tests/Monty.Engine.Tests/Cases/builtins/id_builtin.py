# id() only compared for identity
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
def f():
    return a
print(id(f()) == id(a))
