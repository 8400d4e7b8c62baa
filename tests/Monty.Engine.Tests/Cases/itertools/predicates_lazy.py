from itertools import takewhile, dropwhile, filterfalse, compress, starmap, accumulate
seen = []
def small(x):
    seen.append(x)
    return x < 3
print(list(takewhile(small, [1, 2, 3, 4, 1])), seen)
seen.clear()
print(list(dropwhile(small, [1, 2, 3, 4, 1])), seen)
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(starmap(lambda a, b: a + b, [(1, 2), ('x', 'y')])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(accumulate('abc')), list(accumulate([], initial=0)), list(accumulate(range(5), lambda a, b: a - b, initial=100)))
for f in [lambda: starmap(len), lambda: takewhile(len), lambda: dropwhile(), lambda: filterfalse(None), lambda: accumulate(5),
          lambda: compress(5, 'a')]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
