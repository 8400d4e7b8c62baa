# Raising a bare exception class with no message (uncaught)
print('raising')
raise IndexError
