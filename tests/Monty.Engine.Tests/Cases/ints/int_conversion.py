# int() conversion from strings and floats
print(int('42'), int(' 42 '), int('-17'), int('+5'), int('1_000'))
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('0o17', 0), int('17', 8))
print(int('z', 36), int('ZZ', 36), int('0', 0), int('10', 2))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int('  -0  '), int('٣'))
for bad in ['x', '', '1.5', '0x', '1 2', '__1']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(type(e).__name__, e)
