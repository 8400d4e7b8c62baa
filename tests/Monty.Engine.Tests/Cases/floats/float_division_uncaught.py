# Float division by zero is uncaught ZeroDivisionError
x = 1.5
print(x / 3)
print(x / 0.0)
