# sorted and reversed on various inputs
print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 1)), sorted({'b': 1, 'a': 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({'x': 1, 'y': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
