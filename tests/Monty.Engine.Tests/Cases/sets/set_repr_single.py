# Repr of empty and single-element sets
print(set(), {1}, {'a'}, frozenset(), frozenset({2}))
print(repr({(1, 2)}), str({None}))
print(sorted({3, 2, 1}), len({1, 2, 3}))
