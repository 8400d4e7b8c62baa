# Calling a lambda with missing arguments (uncaught TypeError)
f = lambda a, b: a + b
print(f(1, 2))
print(f(1))
