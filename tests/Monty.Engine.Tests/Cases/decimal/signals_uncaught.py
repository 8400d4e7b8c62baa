from decimal import Decimal, DivisionByZero, InvalidOperation, DecimalException, getcontext
import decimal

print([c.__name__ for c in DivisionByZero.__mro__])
print([c.__name__ for c in decimal.FloatOperation.__mro__], [c.__name__ for c in decimal.Underflow.__mro__])
for make in [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
             lambda: Decimal(-1).sqrt(), lambda: Decimal('1e999999') * 10, lambda: Decimal(5) % 0,
             lambda: Decimal(10 ** 40) // Decimal('0.001'), lambda: int(Decimal('nan')),
             lambda: int(Decimal('-inf')), lambda: Decimal([1]), lambda: Decimal(object()),
             lambda: Decimal((2, (1,), 0)), lambda: Decimal((0, (1, 10), 0))]:
    try:
        print(make())
    except (DecimalException, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', repr(e))
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
total = Decimal('10.00')
print(total / 3)
print(total / 0)
