# Converting floats to ints truncates; specials raise
for v in [2.9, -2.9, 0.5, -0.5, 1e18, 123456789.987]:
    print(v, int(v))
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
