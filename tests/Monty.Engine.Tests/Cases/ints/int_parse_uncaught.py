# int() of a non-numeric string raises ValueError (uncaught)
print(int('12') + 1)
value = int('x')
print(value)
