# Float arithmetic, floor division and modulo with signs
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(2.0 ** 10, 2.0 ** -1, 4 ** 0.5, (-8) ** 2.0, 10 ** -2.0)
print(1.0 - 1.0, -1.0 + 1.0, 0.0 * -1, -0.0 + 0.0)
print(3 * 0.1, 1e308 * 10, -1e308 * 10)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
