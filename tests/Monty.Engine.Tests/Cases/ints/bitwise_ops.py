# Bitwise operators on positive, negative and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -5 >> 1, -1 >> 100, -5 << 2)
print(1 << 100, (1 << 100) >> 99, (2 ** 100 - 1) & 0xff)
print(~0, ~(2 ** 64))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
