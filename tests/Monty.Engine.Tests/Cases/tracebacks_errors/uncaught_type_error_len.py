# len() of an int (uncaught TypeError)
print(len('abc'))
print(len(5))
