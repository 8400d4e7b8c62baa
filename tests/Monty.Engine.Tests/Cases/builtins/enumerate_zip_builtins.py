# enumerate and zip variants including strict
print(list(enumerate('abc')), list(enumerate('ab', start=5)), list(enumerate([])))
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip('a', 'b', 'c')))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
pairs = list(zip(*[(1, 'a'), (2, 'b')]))
print(pairs)
e = enumerate('xy')
print(next(e), next(e))
