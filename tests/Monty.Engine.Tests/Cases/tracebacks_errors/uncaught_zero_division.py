# Program ends with ZeroDivisionError
print('about to divide')
1/0
