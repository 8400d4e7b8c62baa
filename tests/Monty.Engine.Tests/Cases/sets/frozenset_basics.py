# frozensets are hashable and immutable
f = frozenset([3, 1, 2, 1])
print(len(f), sorted(f), 2 in f, type(f).__name__)
d = {f: 'key'}
print(d[frozenset({1, 2, 3})])
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset() == set(), frozenset([1]))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
