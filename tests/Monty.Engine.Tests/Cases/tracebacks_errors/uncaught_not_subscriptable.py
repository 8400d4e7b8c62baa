# Subscripting None (uncaught TypeError)
result = None
print('result =', result)
print(result[0])
