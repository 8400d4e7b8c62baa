# Seeded random operands through every arithmetic operation, in every rounding mode, printing
# results and raised flags: the same program runs in CPython and Monty.
import random
from decimal import Context, Decimal, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING
from decimal import ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP

ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
             ROUND_HALF_DOWN, ROUND_05UP]
rng = random.Random(20261126)


def operand():
    if rng.random() < 0.06:
        return rng.choice(['Inf', '-Inf', 'NaN', '-0', '0', '0E-5', '0E+3'])
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 30)))
    return ('-' if rng.random() < 0.4 else '') + digits + 'E' + str(rng.randint(-30, 30))


def run(op, ctx, x, y, n):
    if op == 'add':
        return ctx.add(x, y)
    if op == 'sub':
        return ctx.subtract(x, y)
    if op == 'mul':
        return ctx.multiply(x, y)
    if op == 'div':
        return ctx.divide(x, y)
    if op == 'divint':
        return ctx.divide_int(x, y)
    if op == 'rem':
        return ctx.remainder(x, y)
    if op == 'quantize':
        return ctx.quantize(x, Decimal('1E' + str(n)))
    if op == 'pow':
        return ctx.power(x, Decimal(n % 13 - 6))
    if op == 'compare':
        return (x < y, x == y, x.compare(y))
    if op == 'plus':
        return (ctx.plus(x), x.normalize(ctx), x.to_eng_string())
    return (ctx.to_integral_value(x), int(x) if x.is_finite() else None)


OPS = ['add', 'sub', 'mul', 'div', 'divint', 'rem', 'quantize', 'pow', 'compare', 'plus', 'integral']
for i in range(250):
    op = rng.choice(OPS)
    a, b = operand(), operand()
    ctx = Context(prec=rng.choice([1, 3, 9, 28, 40]), rounding=rng.choice(ROUNDINGS), traps=[])
    n = rng.randint(-35, 35)
    try:
        result = run(op, ctx, Decimal(a), Decimal(b), n)
    except Exception as e:
        result = type(e).__name__
    flags = [s.__name__ for s, on in ctx.flags.items() if on]
    print(i, op, a, b, ctx.prec, ctx.rounding, result, flags)
