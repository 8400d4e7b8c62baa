# range construction, len, indexing, membership, repr
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], 11 in r, 12 in r)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -1))
print(list(range(5, 0)), len(range(0, 10, -1)), list(range(-5, -1)))
print(r.start, r.stop, r.step, r.index(8), r.count(8))
print(range(0, 3) == range(3), range(0) == range(5, 5), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10)[10]
except IndexError as e:
    print(type(e).__name__, e)
