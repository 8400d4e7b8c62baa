# round() with bankers rounding and float representation effects
print(round(2.5), round(3.5), round(0.5), round(-0.5), round(-1.5), round(1.5))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 1), round(7, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(1e20), round(-0.4), round(0.49999999999999994))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
