# Arbitrary precision integer arithmetic
print(2 ** 100)
print(-(2 ** 70) // 3)
print(10 ** 30 % 7)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b)
print(-a // b, -a % b)
print((2 ** 200) // (2 ** 100) == 2 ** 100)
print(3 ** 50, (-3) ** 51)
print(abs(-(10 ** 25)), divmod(10 ** 25, -7))
