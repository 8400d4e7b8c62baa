from decimal import Decimal, localcontext, ROUND_HALF_UP

values = ['0', '-0', '1.2300', '123.456', '-1234567.891', '0.00001234', '1E+5', '1.5E-10', '999.995',
          '12345678901234567890.5', 'NaN', '-Infinity']
specs = ['', '.2f', 'f', '.0f', ',.2f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '>15.2f',
         '<15', '^15.1f', '=+15.2f', '015.3f', '+.2f', ' .2f', '*>12,.1f', '.3', 'n', 'z.1f']
for v in values:
    print(v, [format(Decimal(v), s) for s in specs])
print(f"{Decimal('3.14159'):.3f} {Decimal('2.5'):08.2f} {Decimal('1234.5'):,} {Decimal('0.25'):.0%}")
print('%s %r' % (Decimal('1.50'), Decimal('1.50')), '{:.2e}'.format(Decimal('123456')))
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'))
print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'))
for bad in ['#.2f', '_f', 'x', '.f']:
    try:
        format(Decimal('1.5'), bad)
    except ValueError as e:
        print(bad, e)
