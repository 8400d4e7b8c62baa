# int with explicit bases and prefixes
for s, base in [('ff', 16), ('FF', 16), ('0xff', 16), ('777', 8), ('0o777', 0), ('1010', 2), ('-101', 2), ('z', 36), ('10', 0), ('0_1', 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
