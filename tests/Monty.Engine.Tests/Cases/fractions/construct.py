from fractions import Fraction
print(Fraction(), Fraction(3), Fraction(6, -4), repr(Fraction(6, -4)), Fraction(0.1), Fraction(2.5))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"), Fraction("7"), Fraction("1_000/3"), Fraction(".5"))
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(Fraction(5, 10)), Fraction.from_float(0.75), Fraction(True))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), float(f), int(f), int(-f), bool(Fraction(0)))
