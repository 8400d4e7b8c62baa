from statistics import multimode, quantiles, pvariance, pstdev, mode
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([1, 1, 2, 2, 3]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data), quantiles(data, n=4, method='inclusive'), quantiles([1.5, 2.5], n=3))
print(pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), mode(["red", "blue", "blue"]))
