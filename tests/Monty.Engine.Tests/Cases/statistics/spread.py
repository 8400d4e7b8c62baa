import statistics as s
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(s.variance(data), s.pvariance(data), s.stdev(data), s.pstdev(data))
print(s.variance([1, 2, 3, 4]), s.variance([1, 3, 5]), s.pvariance([1, 2, 3, 4]), s.stdev([1, 2, 3, 4, 5]))
print(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pstdev([1, 2, 3, 4]), s.pvariance([F(1, 2), F(3, 4)]))
print(s.variance(data, s.mean(data)), s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], mu=1.25))
print(s.stdev([10 ** 10 + i for i in range(5)]), s.variance([0.1, 0.2, 0.3]), s.pstdev([7, 7, 7]))
