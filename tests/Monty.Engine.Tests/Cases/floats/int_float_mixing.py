# Mixed int/float arithmetic and equality
print(1 + 1.0, 3 * 1.5, 7 / 7, 2 - 0.5, type(1 + 1.0).__name__)
print(1 == 1.0, 1 != 1.0, 2 ** 53 == 2.0 ** 53)
print(int(2.0 ** 53) + 1, float(2 ** 53 + 1))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2.5) == hash(2.5))
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(abs(-2.5), abs(-0.0), -(-0.0))
