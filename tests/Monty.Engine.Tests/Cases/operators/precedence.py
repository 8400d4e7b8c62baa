# Operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, 100 / 10 / 5, 100 // 10 // 3, 2 - 3 - 4)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~1 + 1, not 1 + 1)
print(1 < 2 == True, (1 < 2) == True, not 1 == 2)
print(3 - -3, 3 + +3, - - 3, ~~5)
print(True or False and False, (True or False) and False)
print(1 if 0 else 2 if 0 else 3)
print(10 % 4 * 3, 10 * 4 % 3, -3 % 5 ** 2)
