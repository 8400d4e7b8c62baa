# Extended slice assignment and deletion on lists
a = list(range(10))
a[1::3] = ['a', 'b', 'c']
print(a)
a[::-4] = [100, 200, 300]
print(a)
del a[1:8:2]
print(a)
b = [0] * 6
b[::2] = range(3)
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
