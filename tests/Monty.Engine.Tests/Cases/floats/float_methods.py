# float methods is_integer, as_integer_ratio
for v in [1.0, 1.5, -2.0, 0.1, 0.0, 1e20]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
