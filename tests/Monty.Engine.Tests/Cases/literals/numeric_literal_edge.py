# Edge-case numeric literals: huge floats, zeros, negative zero
print(1e309, -1e309)
print(0e0, -0e0, 0.0 == -0.0)
print(1.7976931348623157e308)
print(2.2250738585072014e-308)
print(0.1, 0.2, 0.3, 1/3)
print(100000000000000000.0, 1e22, 1e21, 1e20)
print(12345678901234567890.0)
print(0.000001, 0.0000001)
