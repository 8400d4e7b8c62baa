# Item assignment on a tuple (uncaught TypeError)
t = (1, 2, 3)
print(t)
t[0] = 10
