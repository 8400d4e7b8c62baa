# Exponentiation with ints, negatives and pow() with modulus
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5))
print(pow(3, -1, 7), pow(2, 3, -5))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
