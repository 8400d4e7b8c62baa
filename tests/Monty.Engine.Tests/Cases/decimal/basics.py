from decimal import Decimal, getcontext

values = [Decimal('1.1'), Decimal(7), Decimal(-0.5), Decimal('  -12.500 '), Decimal('1_000.25'),
          Decimal('1e5'), Decimal('1E-7'), Decimal('-0'), Decimal('Infinity'), Decimal('-inf'),
          Decimal('nan'), Decimal('sNaN12'), Decimal((1, (3, 1, 4), -2)), Decimal(10 ** 30)]
for v in values:
    print(repr(v), str(v), v.is_finite(), v.is_nan(), v.is_signed(), v.adjusted())

print(Decimal(1.1))
print(Decimal.from_float(0.1), Decimal.from_float(5))
a, b = Decimal('1.1'), Decimal('2.2')
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), -a, +a, abs(-a))
print(a + 1, 1 + a, 2 * a, 10 / Decimal(4), 7 // Decimal(2), 7 % Decimal(-2), 2 ** Decimal(10))
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), -7 // 2, -7 % 2)
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal(10) ** -3, Decimal('1.10') ** 2, Decimal(2) ** 0.5 if False else Decimal(2) ** Decimal('0.5'))
print(sum([Decimal('0.1')] * 10), sum([0.1] * 10))
print(Decimal('3.14159').as_tuple(), Decimal('-2.5').as_integer_ratio(), Decimal('0.125').as_integer_ratio())
print(int(Decimal('-3.99')), float(Decimal('2.5')), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.675'), 2))
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.trunc(Decimal('-2.5')), math.floor(Decimal('7.1')))
print(Decimal('7.000').normalize(), Decimal('0.00').normalize(), Decimal('1200').normalize(), Decimal('-0.0100').normalize())
print(Decimal('123E+7').to_eng_string(), Decimal('0.000012').to_eng_string(), Decimal('5E2').to_eng_string())
print(Decimal('1.23').copy_negate(), Decimal('-4').copy_abs(), Decimal('4').copy_sign(Decimal('-1')))
print(Decimal('1.5').same_quantum(Decimal('2.7')), Decimal('1.5').same_quantum(Decimal('2')))
print(Decimal('2.5').max(Decimal('3')), Decimal('2.5').min(3), Decimal(1).compare(2), Decimal(2).compare(Decimal('2.0')))
print(Decimal('12.345').scaleb(2), Decimal(5).fma(2, 3), Decimal('0.5').exp(), Decimal(10).ln(), Decimal(1000).log10())
print(bool(Decimal(0)), bool(Decimal('0.0')), bool(Decimal('0.1')), bool(Decimal('nan')))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate())
print(Decimal(0).number_class(), Decimal('-1').number_class(), Decimal('inf').number_class(), Decimal('nan').number_class())
print(getcontext().prec, type(a).__name__, type(a).__module__, type(a))
print(isinstance(a, Decimal), issubclass(Decimal, object))


class Money(Decimal):
    pass


m = Money('9.99')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, isinstance(m, Decimal))
print(math.sqrt(Decimal(2)), math.isclose(Decimal('0.1'), 0.1), math.exp(Decimal(1)), math.fsum([Decimal('0.1')] * 3))
print(pow(Decimal(2), 10, 7), pow(Decimal(-2), 3, 7), pow(Decimal(3), Decimal(4), Decimal(-5)), pow(Decimal('2.0'), 2, 3))
for args in [(Decimal('2.5'), 2, 3), (Decimal(2), -1, 3), (Decimal(2), 2, 0), (Decimal('NaN'), 2, 3)]:
    try:
        print(pow(*args))
    except ArithmeticError as e:
        print(type(e).__name__, e)
