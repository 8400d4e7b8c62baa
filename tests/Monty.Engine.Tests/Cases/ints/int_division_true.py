# True division of ints yields floats
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 60 / 2)
print(type(4 / 2).__name__, 1 / 4, 1 / 8)
print(10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
