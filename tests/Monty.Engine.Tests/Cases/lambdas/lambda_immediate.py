# Immediately invoked lambdas and lambdas returning tuples
print((lambda a, b: (b, a))(1, 2))
print((lambda: [i for i in range(3)])())
print((lambda s: s[::-1])('abc'))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
