import statistics as s
from fractions import Fraction as F
print(s.mean([1, 2, 3, 4, 4]), s.mean([1, 2]), s.mean([0.1, 0.2, 0.3]), s.mean([F(1, 3), F(2, 3)]), s.mean([1, 2.5]))
print(s.mean(x * 0.1 for x in range(10)), s.mean([True, False, True]), s.mean([1e308, 1e308]), s.mean([F(1, 2), 1]))
print(s.fmean([1, 2, 3, 4]), s.fmean([0.1] * 10), s.fmean([1, 2, 3], weights=[3, 2, 1]), s.fmean(range(1, 8)))
print(s.geometric_mean([54, 24, 36]), s.mean([10 ** 20 + 1, 10 ** 20 + 2]))
