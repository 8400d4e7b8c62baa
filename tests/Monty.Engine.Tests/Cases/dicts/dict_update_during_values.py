# Modifying values during iteration is allowed (no size change)
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
