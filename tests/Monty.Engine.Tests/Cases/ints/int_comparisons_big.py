# Comparisons between big ints, small ints and floats
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 < 1e21, -(10 ** 30) < -1e29, 2 ** 1000 > 1e308)
print(max(2 ** 70, 3.0), min(-(2 ** 70), -1e30))
print(sorted([2 ** 65, -3, 2.5, 0, -(2 ** 65)]))
