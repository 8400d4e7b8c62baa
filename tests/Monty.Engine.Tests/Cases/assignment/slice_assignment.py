# Slice assignment growing, shrinking and extended slices
a = list(range(6))
a[1:3] = ['x', 'y', 'z', 'w']
print(a)
a[2:6] = []
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
b = list(range(8))
b[::2] = 'ABCD'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[1:2] = range(3)
print(c)
c[:] = 'xy'
print(c)
