# Starred target always gets a list, regardless of source type
*a, = (1, 2)
print(a, type(a).__name__)
h, *t = 'ab'
print(h, t)
*x, y = {'k': 1, 'j': 2}
print(x, y)
a, *b = b'hi'
print(a, b)
