# Subset/superset comparisons on sets
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, a < a, a <= a, b >= b)
print(a == {2, 1}, a != b, {1} < {2}, {1} > {2})
print(set() < a, frozenset({1, 2}) <= b)
