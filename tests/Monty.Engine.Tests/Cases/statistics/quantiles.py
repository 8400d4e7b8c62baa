import statistics as s
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129]
print(s.quantiles(data), s.quantiles(data, n=10))
print(s.quantiles(data, n=4, method="inclusive"), s.quantiles([1, 2], n=3), s.quantiles([1.5, 2.5, 10.0], n=5))
print(s.quantiles(range(1, 11), n=2, method="inclusive"), s.quantiles([1, 2], n=1))
