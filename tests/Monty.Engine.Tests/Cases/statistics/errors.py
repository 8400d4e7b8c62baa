import statistics as s
cases = [lambda: s.mean([]), lambda: s.variance([1]), lambda: s.stdev([1]), lambda: s.pvariance([]),
         lambda: s.median([]), lambda: s.mode([]), lambda: s.quantiles([1]), lambda: s.quantiles([1, 2], n=0),
         lambda: s.mean(["a"]), lambda: s.fmean([]), lambda: s.geometric_mean([0]),
         lambda: s.quantiles([1, 2], method="x"), lambda: s.mean([1, "a"]), lambda: s.pstdev([]),
         lambda: s.fmean([1, 2], weights=[1])]
for f in cases:
    try:
        f()
    except s.StatisticsError as e:
        print("StatisticsError", e, isinstance(e, ValueError))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s.median_low([])
