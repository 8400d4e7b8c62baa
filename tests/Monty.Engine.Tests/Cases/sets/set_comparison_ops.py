# Set equality and subset relations between set and frozenset
a = {1, 2}
f = frozenset({1, 2})
print(a == f, a <= f, a < f, f >= {1}, {1, 2, 3} > f)
print(sorted(a & f), sorted(f - {1}), bool(set()), bool({0}))
