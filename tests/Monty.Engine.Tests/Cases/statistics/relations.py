from statistics import correlation, covariance, linear_regression, StatisticsError
from fractions import Fraction
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), covariance(z, x))
print(correlation(x, x), correlation(x, z), correlation(x, y))
print(correlation([0.1, 0.7, 1.3, 2.2], [3.3, 2.1, 5.8, 6.0]), covariance([0.5, 1.5, Fraction(7, 3)], [2, 4.25, 9]))
r = linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.4, 11.0])
print(r, r.slope, r.intercept, r[0], tuple(r) == (r.slope, r.intercept))
slope, intercept = linear_regression([1990, 2000, 2010], [1.5, 2.25, 3.5])
print(slope, intercept)
print(linear_regression([1, 2, 3], [2, 4.5, 5.5], proportional=True))
print(type(r).__name__, r._fields)
for call in [lambda: covariance([1, 2], [1]), lambda: covariance([1], [1]), lambda: correlation([1, 1, 1], [1, 2, 3]),
             lambda: correlation([1, 2], [1, 2, 3]), lambda: linear_regression([2, 2], [1, 3]),
             lambda: linear_regression([1], [2]), lambda: linear_regression([1, 2], [1, 2, 3])]:
    try:
        call()
    except StatisticsError as e:
        print("StatisticsError:", e)
