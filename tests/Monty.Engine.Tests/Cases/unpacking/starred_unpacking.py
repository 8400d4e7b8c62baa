# Starred targets at the start, middle and end
a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *m, z = range(6)
print(a, m, z)
a, *m, z = (1, 2)
print(a, m, z)
first, *_ = 'hello'
print(first, _)
[x, *y] = (5,)
print(x, y)
