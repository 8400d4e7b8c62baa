# int() of a float string (uncaught ValueError)
print(int('3'))
print(int('3.5'))
