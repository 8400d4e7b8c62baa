# copy() creates an independent set
a = {1, 2}
b = a.copy()
b.add(3)
c = a
c.add(4)
print(sorted(a), sorted(b), a is c, a is b)
