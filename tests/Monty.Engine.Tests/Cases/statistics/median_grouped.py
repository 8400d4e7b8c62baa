from collections import Counter
from statistics import median, median_grouped, StatisticsError
demographics = Counter({25: 172, 35: 484, 45: 387, 55: 22, 65: 6})
data = list(demographics.elements())
print(median(data), median_grouped(data, interval=10))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([2.5, 2.5, 3.5, 4.5, 4.5, 4.5, 6.5]), median_grouped(iter([3, 1, 2, 2])))
for call in [lambda: median_grouped([]), lambda: median_grouped([1, 2], interval="x")]:
    try:
        call()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
