# Money arithmetic with decimal: 20 000 line items priced, taxed (quantized half-up) and summed,
# then formatted; the engine's decimal is written in Python, CPython's in C.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal('0.01')
RATE = Decimal('0.0825')
total = Decimal(0)
for i in range(20000):
    price = Decimal(i % 997) / 100 + Decimal('0.99')
    tax = (price * RATE).quantize(CENT, rounding=ROUND_HALF_UP)
    total += price + tax
print(total, f"{total:,.2f}")
