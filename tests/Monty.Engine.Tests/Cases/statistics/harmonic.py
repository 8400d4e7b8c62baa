from statistics import harmonic_mean, geometric_mean, fmean, StatisticsError
from fractions import Fraction
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([2.5, 3, 10]), harmonic_mean([Fraction(1, 2), Fraction(3, 4)]), harmonic_mean([5]), harmonic_mean([7.5]))
print(harmonic_mean([1, 0, 3]), harmonic_mean([1, 2], weights=[0, 3]), harmonic_mean(iter([3, 6, 9])))
print(harmonic_mean([Fraction(2), Fraction(6)]), harmonic_mean([2, 4], weights=[Fraction(1, 3), 1]))
print(geometric_mean([54, 24, 36]), geometric_mean([1.5, 2.5, 7]), fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
for call in [lambda: harmonic_mean([]), lambda: harmonic_mean([-1]), lambda: harmonic_mean([1, -2]),
             lambda: harmonic_mean([1, 2], weights=[1]), lambda: harmonic_mean([1, 2], weights=[-1, 2]),
             lambda: harmonic_mean([1, 2], weights=[0, 0]), lambda: harmonic_mean(["a"])]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
