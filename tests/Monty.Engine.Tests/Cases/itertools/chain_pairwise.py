import itertools
print(list(itertools.chain()), list(itertools.chain([1], (2,), {3: 'x'}, 'ab', range(2))))
nested = [[1, 2], [3], [], [4, 5]]
print(list(itertools.chain.from_iterable(nested)), list(itertools.chain.from_iterable(x for x in ['ab', 'c'])))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])), list(itertools.pairwise(range(5))))
g = itertools.chain('ab', 'cd')
print(next(g), list(g))
try:
    list(itertools.chain(5))
except TypeError as e:
    print('TypeError', e)
try:
    itertools.pairwise(5)
except TypeError as e:
    print('TypeError', e)
