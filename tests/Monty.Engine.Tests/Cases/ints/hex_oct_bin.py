# hex, oct, bin of positive, zero and negative ints
for n in [0, 1, 255, -1, -255, 2 ** 70, -(2 ** 70)]:
    print(hex(n), oct(n), bin(n))
print(hex(True))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
