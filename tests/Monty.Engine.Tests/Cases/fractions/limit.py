from fractions import Fraction as F
import_pi = F(3.141592653589793)
print(import_pi.limit_denominator(), import_pi.limit_denominator(100), import_pi.limit_denominator(10), import_pi.limit_denominator(1))
print(F(0.1).limit_denominator(1000), F(-5, 3).limit_denominator(2), F(1, 3).limit_denominator(5))
print(F(1.1).limit_denominator(), F(123456, 1000000).limit_denominator(50))
