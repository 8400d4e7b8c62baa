# len, min, max, sum, sorted, reversed on lists
a = [5, -2, 9, 0]
print(len(a), min(a), max(a), sum(a), sum(a, 10), sorted(a), list(reversed(a)))
print(sum([[1], [2, 3]], []), sum([0.1] * 10))
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}))
print(any([]), all([]), any([0, None, 1]), all([1, 'x', [0]]))
