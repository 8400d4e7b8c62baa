# Integer presentation types and grouping
for n in [0, 5, -5, 255, 65535, 2 ** 40]:
    print(format(n, 'b'), format(n, 'o'), format(n, 'x'), format(n, '#X'), format(n, ','), format(n, '_x'))
print(format(65, 'c'), format(10, 'n'), format(7, '.2f'), format(7, 'e'))
print(format(1234567, '_d'), format(-1234567, ',d'))
