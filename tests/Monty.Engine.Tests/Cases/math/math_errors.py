import math
tests = [
    lambda: math.sqrt(-1), lambda: math.sqrt('a'), lambda: math.sqrt(), lambda: math.log(0), lambda: math.log(-1.5),
    lambda: math.log(2, 1), lambda: math.log(), lambda: math.exp(1000), lambda: math.pow(10.0, 400),
    lambda: math.pow(0.0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(1), lambda: math.factorial(-1),
    lambda: math.factorial(2.0), lambda: math.factorial(10 ** 20), lambda: math.comb(-1, 2), lambda: math.comb(5, -1),
    lambda: math.comb(1.0, 2), lambda: math.perm(3, -1), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
    lambda: math.gcd(2.0), lambda: math.lcm(2.5), lambda: math.floor('x'), lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan), lambda: math.trunc('a'), lambda: math.fsum([1e308, 1e308]),
    lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum(1), lambda: math.prod(1), lambda: math.ldexp(1.0, 2.0),
    lambda: math.ldexp(1.0, 10000), lambda: math.cosh(1000), lambda: math.atanh(1), lambda: math.acos(2),
    lambda: math.fmod(1, 0), lambda: math.remainder(1, 0), lambda: math.isclose(1), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.dist([1], [1, 2]), lambda: math.nextafter(1), lambda: math.gamma(0), lambda: math.gamma(-2),
    lambda: math.gamma(200), lambda: math.lgamma(0), lambda: math.sin(math.inf), lambda: math.sqrt(10 ** 400),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e)
