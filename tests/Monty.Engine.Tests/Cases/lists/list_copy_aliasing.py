# Shallow copies vs aliases
a = [[1, 2], [3]]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append('new')
a[0].append(99)
print(a)
print(b)
print(c, d, e)
print(c[0] is a[0], c is a)
