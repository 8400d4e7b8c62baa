# Float literal forms: exponent, leading/trailing dot, underscores
print(1.0, 1., .5, 0.0, -0.0)
print(1e3, 1E3, 1e-3, 1.5e+2, 2.5E-1)
print(1_000.000_1, 1e1_0)
print(3.14, 0.1, 100.0, 1e16, 1e15, 123456789.0)
print(type(1.).__name__, type(1e0).__name__)
print(1e308, 1e-308, 5e-324)
