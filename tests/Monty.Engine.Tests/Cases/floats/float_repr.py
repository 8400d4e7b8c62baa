# Shortest round-trip repr of floats
for v in [1e16, 1e-5, 0.1 + 0.2, 1e15, 123456789012345.6, 1e-4, 0.0001, 1.5e-10, 1/3, 2/3, 100.0, 1e22, 1.0e+100]:
    print(repr(v), str(v))
print(-0.0, repr(-0.0), 0.0 == -0.0)
print(float('inf'), float('-inf'), float('nan'))
print(repr(9007199254740993.0), 0.1 * 3, 1.1 + 2.2)
