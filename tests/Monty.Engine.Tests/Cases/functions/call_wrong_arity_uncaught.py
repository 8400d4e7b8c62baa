# Calling a one-argument function with two arguments (uncaught TypeError)
def f(a):
    return a * 2
print(f(1))
print(f(1, 2))
