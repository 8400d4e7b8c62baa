# Using a name after del raises NameError (uncaught)
temporary_result = 42
print(temporary_result)
del temporary_result
print(temporary_result)
