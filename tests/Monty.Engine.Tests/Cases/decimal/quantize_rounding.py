from decimal import (Decimal, Context, getcontext, InvalidOperation, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     ROUND_05UP)

modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
for text in ['1.225', '1.235', '-1.225', '2.5', '-2.5', '0.005', '1.999', '7.05', '-0.001']:
    print(text, [str(Decimal(text).quantize(Decimal('0.01'), rounding=m)) for m in modes])
    print(text, [str(Decimal(text).to_integral_value(rounding=m)) for m in modes])
print(Decimal('1.41421356').quantize(Decimal('1.000')), Decimal('123').quantize(Decimal('1e1')))
print(Decimal('123.456').quantize(Decimal('1.')), Decimal('7').quantize(Decimal('0.001')))
print(Decimal('-0.5').quantize(Decimal(1)), Decimal('inf').quantize(Decimal('inf')))
price = Decimal('19.99')
tax = (price * Decimal('0.0825')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
print(tax, price + tax)
total = sum(Decimal(p) for p in ['0.10', '0.20', '0.30'])
print(total, total == Decimal('0.6'))
try:
    Decimal('1e30').quantize(Decimal('0.01'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal('2.675').to_integral_exact(), Decimal('2.5').to_integral(), Decimal('-3.5').to_integral_value())
ctx = Context(prec=5, traps=[])
print(ctx.quantize(Decimal('123456.7'), Decimal('0.1')), ctx.flags[InvalidOperation])
print(round(Decimal('1.2345'), 3), round(Decimal('-1.5')), round(Decimal('0.125'), 2), round(Decimal('1234'), -2))
