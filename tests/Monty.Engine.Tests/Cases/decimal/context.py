import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, Inexact, Rounded, DivisionByZero,
                     InvalidOperation, Overflow, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING)

print(getcontext())
print(Decimal(1) / 3)
getcontext().prec = 6
print(Decimal(1) / 3, Decimal(2).sqrt(), Decimal('123456789'), +Decimal('123456789'))
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
getcontext().clear_flags()
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, ctx.prec)
print(Decimal(2) / 3)
with localcontext(prec=10, rounding=ROUND_CEILING) as ctx:
    print(Decimal(1) / 7, ctx.rounding)
c = Context(prec=4, rounding=ROUND_HALF_UP, traps=[])
print(c, c.divide(Decimal(1), 0), c.flags[DivisionByZero])
print(c.divide(Decimal(0), 0), c.flags[InvalidOperation])
print(c.add(1, 2), c.multiply(Decimal('1.2345'), 2), c.sqrt(2), c.power(2, 10), c.quantize(Decimal('1.2345'), Decimal('0.01')))
print(c.create_decimal('3.14159'), c.create_decimal_from_float(0.1), c.Etiny(), c.Etop())
print(c.copy().prec, c.copy() is c)
setcontext(ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(0) / 0, Decimal('1e999999999') * 10)
setcontext(BasicContext)
print(getcontext())
setcontext(DefaultContext)
print(getcontext().prec)
ctx = Context(prec=5, Emax=10, Emin=-10)
print(ctx.multiply(Decimal('9e10'), 10) if False else ctx)
ctx.traps[Overflow] = False
print(ctx.multiply(Decimal('9.9e10'), 10), ctx.flags[Overflow])
print(ctx.divide(Decimal('1e-10'), 1000), ctx.create_decimal('1e-14'))
for bad in [('prec', 0), ('prec', 'x'), ('rounding', 'UP'), ('Emax', -1), ('Emin', 1), ('capitals', 2), ('foo', 1)]:
    try:
        setattr(ctx, bad[0], bad[1])
    except Exception as e:
        print(type(e).__name__, e)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(Context().traps)
