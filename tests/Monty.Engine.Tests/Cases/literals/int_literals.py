# Integer literal forms: decimal, hex, octal, binary, underscores
print(0, 7, -7, +7)
print(0x1f, 0X1F, 0o17, 0O17, 0b101, 0B101)
print(1_000_000, 0x_ff, 0b_1010_1010, 0o_7_7)
print(00, 0_0)
print(123456789012345678901234567890)
print(-0x10, -0o10, -0b10)
print(type(10).__name__, type(0xff).__name__)
