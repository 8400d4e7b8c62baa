# hash of ints, floats, tuples, and unhashable errors
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(True))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1e100) == hash(10 ** 100 * 1.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(float('inf')), hash(float('-inf')))
for bad in [[1], {'a': 1}, {1}, ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
