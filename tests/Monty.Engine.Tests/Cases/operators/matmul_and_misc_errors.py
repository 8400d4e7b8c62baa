# Unsupported operand combinations for shifts and floor division
for f in [lambda: 1.5 << 1, lambda: 'a' // 2, lambda: [] % 2, lambda: 1 & 1.0]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print('abc%s' % 'd')
