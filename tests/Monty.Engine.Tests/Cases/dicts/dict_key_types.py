# Hashable key types and numeric key equality
d = {}
d[1] = 'int'
d[1.5] = 'float'
d['1'] = 'str'
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[frozenset([1])] = 'frozenset'
print(len(d), d[1.0], d[True], d['1'], d[(1, 2)], d[None], d[frozenset({1})])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print(type(e).__name__, e)
