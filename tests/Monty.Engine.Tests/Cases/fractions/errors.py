from fractions import Fraction as F
cases = [lambda: F("1/x"), lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([1]), lambda: F(1, 2) / 0,
         lambda: F(1, 2) // 0, lambda: F(1, 2) % 0, lambda: F(0) ** -1, lambda: F(1, 2) + "a",
         lambda: F(1, 2) < "a", lambda: F(float("nan")), lambda: F("3/-4"), lambda: F(1, 3).limit_denominator(0)]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
F(float("inf"))
