# Calling an int (uncaught TypeError)
x = 5
print(x)
x()
