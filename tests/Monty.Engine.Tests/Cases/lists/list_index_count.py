# index and count on lists
a = ['x', 'y', 'x', 'z', 'x']
print(a.index('x'), a.index('x', 1), a.index('x', 3), a.index('z', -3))
print(a.count('x'), a.count('q'), [1, 1.0, True].count(1))
try:
    a.index('x', 5)
except ValueError as e:
    print(type(e).__name__, e)
