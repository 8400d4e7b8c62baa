# Very large and very small floats in repr and arithmetic
print(1e300 * 1e10, 1e-300 * 1e-100, 5e-324 / 2)
print(1.7976931348623157e308 + 1, 2.0 ** 1023)
print(float(10 ** 308), 1e-7, 1.23e-7, 123e-10)
print(1e50, 1.5e50, 10.0 ** 20, 10.0 ** 16, 10.0 ** 15)
print(float(2 ** 1023) * 2, -float(2 ** 1023) * 2, 2.0 ** -1074, 2.0 ** -1075)
