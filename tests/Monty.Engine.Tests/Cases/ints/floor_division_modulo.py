# Floor division and modulo with mixed signs
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 3, 7 % -3)
print(-1 // 10, -1 % 10, 1 % -10)
