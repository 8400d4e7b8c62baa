# Unpacking strings, dicts (keys), ranges and generators
a, b, c = 'xyz'
print(a, b, c)
k1, k2 = {'first': 1, 'second': 2}
print(k1, k2)
(k, v), = {'only': 1}.items()
print(k, v)
x, y, z = range(3)
print(x, y, z)
g1, g2 = (i * 10 for i in range(2))
print(g1, g2)
