from decimal import Decimal, getcontext, FloatOperation, InvalidOperation
from fractions import Fraction

print(Decimal('1.0') == Decimal(1), Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1)
print(Decimal('1.5') < 2, Decimal('1.5') > 1.25, Decimal(2) >= Fraction(4, 2), Decimal('0.5') == Fraction(1, 2))
print(Decimal('-0') == Decimal('0'), Decimal('inf') > 10 ** 100, Decimal('-inf') < -1e308)
print(sorted([Decimal('2.5'), Decimal('-1'), Decimal('10'), Decimal('0.01'), 3, 2.75]))
print(max(Decimal('1.10'), Decimal('1.1')), min([Decimal('3'), Decimal('2.999')]))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('0.1')) == hash(0.1))
print(hash(Decimal('1.5')), hash(Decimal('-1')), hash(Decimal('1e100')), hash(Decimal('inf')), hash(Decimal('-inf')))
print(hash(Decimal('0.1')), hash(Decimal('123.456')), hash(Decimal('-0')), hash(Decimal('1E-30')))
print({Decimal('1.0'): 'a', 1: 'b', 1.0: 'c'}, {Decimal('2.50'), Decimal('2.5'), 2.5})
print(Decimal('nan') == Decimal('nan'), Decimal('nan') != 1, Decimal('nan') == 1)
try:
    Decimal('nan') < 1
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(getcontext().flags[FloatOperation])
try:
    Decimal(1) < 'a'
except TypeError as e:
    print(e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    Decimal(1) + Fraction(1, 2)
except TypeError as e:
    print(e)
print(Decimal(3) == 'x', Decimal(3) != None)
ctx = getcontext()
ctx.clear_flags()
ctx.traps[FloatOperation] = True
print(Decimal('3.5') == 3.5, ctx.flags[FloatOperation], Decimal.from_float(3.5), ctx.create_decimal_from_float(2.5))
for make in [lambda: Decimal('3.5') < 3.7, lambda: Decimal(3.5)]:
    try:
        make()
    except FloatOperation as e:
        print('FloatOperation', e)
