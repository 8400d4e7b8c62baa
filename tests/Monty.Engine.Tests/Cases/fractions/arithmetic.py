from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(-a), a ** 2, a ** -2, F(4, 9) ** F(1, 2))
print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, a / 2, a + 0.5, 0.5 * a, a ** 0.5)
print(divmod(F(7, 2), F(2, 3)), divmod(F(-7, 2), 2), F(7, 2) // 1, F(-7, 2) % 3, 2 ** F(2), 2 ** F(-1))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2))
print(sum(F(1, n) for n in range(1, 11)), sum([F(1, 3)] * 3) == 1)
