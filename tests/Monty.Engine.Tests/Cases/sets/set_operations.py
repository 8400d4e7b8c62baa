# Set algebra printed via sorted()
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([1, 10])))
print(a.isdisjoint({7, 8}), a.issubset(range(10)), a.issuperset([1, 2]))
