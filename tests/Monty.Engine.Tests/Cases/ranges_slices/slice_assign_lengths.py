# Simple slice assignment with different lengths
a = [1, 2, 3, 4, 5]
a[1:4] = [9]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[-2:] = []
print(a)
a[10:20] = ['tail']
print(a)
a[:2] = (x * 2 for x in range(4))
print(a)
a[3:1] = ['weird']
print(a)
try:
    a[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
