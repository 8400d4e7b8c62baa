# Float comparisons and sorting with mixed numbers
print(0.1 < 0.2, 1.0 <= 1, -0.0 < 0.0, 1e-320 > 0)
print(sorted([3, 1.5, -2, 0.0, 2.5, -0.5]))
print(max([1, 1.0]), min([1.0, 1]), max(1.0, 1), min(1, 1.0))
print(1.0 in [1, 2], 2 in [1.0, 2.0], [1, 2] == [1.0, 2.0])
print((1, 2.0) == (1.0, 2), {1: 'a'}[1.0])
