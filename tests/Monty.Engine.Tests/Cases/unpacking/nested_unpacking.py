# Nested unpacking in assignment and for loops
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (name, score) in enumerate([('ann', 3), ('bob', 5)]):
    print(i, name, score)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z)
[p, (q, [r, s])] = [1, (2, [3, 4])]
print(p, q, r, s)
for k, *rest in [(1, 2, 3), (4,)]:
    print(k, rest)
