# Undefined name (uncaught NameError)
print('defined names are fine')
print(undefined_variable)
