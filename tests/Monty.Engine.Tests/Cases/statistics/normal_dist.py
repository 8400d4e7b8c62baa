from statistics import NormalDist, StatisticsError
n = NormalDist(100, 15)
print(n, repr(NormalDist()), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130.5), n.zscore(127.3))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.025), n.inv_cdf(1e-9), n.inv_cdf(1 - 1e-12), n.inv_cdf(1e-300))
print(n.quantiles(), n.quantiles(10))
print(NormalDist(0, 1).quantiles(100)[::11])
# cdf goes through erf, whose last bit depends on the C library: print it rounded.
print(round(n.cdf(130), 12), round(NormalDist().cdf(-1.5), 12), NormalDist(5, 2).cdf(5))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n * -2, n / 4, n / -4, -n, +n)
print(NormalDist(1, 3) + NormalDist(2, 4), NormalDist(1, 3) - NormalDist(2, 4))
print(n == NormalDist(100.0, 15.0), n == NormalDist(100, 16), n != 3, n == (100, 15))
print(hash(n) == hash(NormalDist(100, 15)), len({n, NormalDist(100.0, 15), NormalDist(1, 1)}))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist(True, 2))
print(NormalDist(0, 0).mean, NormalDist(0, 0).variance)
for call in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
             lambda: NormalDist(0, 0).inv_cdf(0.5), lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.0),
             lambda: NormalDist(0, 0).zscore(1), lambda: n.overlap(3), lambda: NormalDist(0, 0).overlap(n),
             lambda: NormalDist.from_samples([1])]:
    try:
        call()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
