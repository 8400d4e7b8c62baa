# Chained comparisons evaluate middle operands once
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(0 <= 5 < 10, 10 < 5 < 100, 1 < 2 > 0, 'a' < 'b' < 'c')
def mid():
    print('mid called')
    return 5
print(1 < mid() < 10)
print(10 < mid() < 1)
x = 5
print(1 < x <= 5 < 6 != 7)
print(1 in [1] in [[1]], 1 < 2 == 2)
