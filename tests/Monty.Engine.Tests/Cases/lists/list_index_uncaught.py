# Assigning past the end of a list (uncaught IndexError)
a = [1, 2, 3]
a[2] = 30
print(a)
a[3] = 40
