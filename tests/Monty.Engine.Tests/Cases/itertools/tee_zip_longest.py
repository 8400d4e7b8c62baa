from itertools import tee, zip_longest
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee('a', 0))
print(list(zip_longest([1, 2, 3], 'ab')), list(zip_longest()), list(zip_longest('a', [], fillvalue=0)))
print(list(zip_longest(range(2), range(4), range(3), fillvalue=None)))
for f in [lambda: tee('a', -1), lambda: zip_longest(5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
