# Unpacking too few values raises ValueError (uncaught)
x, y, z = 1, 2, 3
print(x, y, z)
x, y, z = [1, 2]
