# Tuples are hashable when elements are; used as dict keys
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(1, 2)], d[0, 0])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1],): 1}
except TypeError as e:
    print(type(e).__name__, e)
