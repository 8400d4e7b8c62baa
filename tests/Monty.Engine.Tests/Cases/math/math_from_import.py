from math import sqrt, pi as PI, floor
import math as m
print(sqrt(81), PI, floor(-0.5), m.ceil(0.5))
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(m.__name__, hasattr(m, 'gcd'), callable(m.log))
try:
    m.foo
except AttributeError as e:
    print(e)
