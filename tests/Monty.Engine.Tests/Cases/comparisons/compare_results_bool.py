# Comparison results are bools and can be used arithmetically
r = 3 > 2
print(r, type(r).__name__)
print((3 > 2) + (2 > 1) + (1 > 0))
print([x > 2 for x in range(5)])
print(sum(x % 2 == 0 for x in range(10)))
