class A: pass
a = A()
b = A()
d = {a: 1, b: 2}
print(d[a], d[b], len({a, a, b}))
print(hash(a) == hash(a))
