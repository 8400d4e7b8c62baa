# Star and double-star unpacking in display literals
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b} == {1, 2, 3, 4})
print([*range(3), *'ab'])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'x': 100})
print(*a, *b)
t = *a,
print(t)
