# Iterating reversed and sorted views
xs = [3, 1, 2]
for x in reversed(xs):
    print(x, end=' ')
print()
for x in sorted(xs, reverse=True):
    print(x, end=' ')
print()
for i in reversed(range(3)):
    print(i, end=' ')
print()
print(xs)
