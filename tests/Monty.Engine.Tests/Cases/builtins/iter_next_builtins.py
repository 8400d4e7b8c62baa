# iter and next including defaults and sentinel form
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
s = iter('ab')
print(next(s), list(s))
d = iter({'k': 1, 'j': 2})
print(list(d))
vals = [3, 2, 1, 0, 5]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
i2 = iter(it)
print(i2 is it)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
