# float() from strings and ints
print(float('1.5'), float(' -2.25 '), float('1e3'), float('.5'), float('5.'), float('1_0.5'))
print(float(7), float(-0), float(2 ** 60), float(True))
print(float('+1.0'), float('-0'))
for bad in ['abc', '', '1.2.3', '1e', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
