# abs, round, divmod, pow across numeric types
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 80)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(4, 0.5), pow(7, 2, 5), pow(-7, 2, 5))
print(round(3.14159, 3), round(-2.5), round(2.675, 2), round(5, 2), round(0.5 + 1e-9))
for fn in [lambda: abs('x'), lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: round('1'), lambda: pow(2.0, 3, 5)]:
    try:
        fn()
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
