# Concatenating str and int raises TypeError (uncaught)
print('before')
x = 'a' + 'b'
print(x)
y = 'a' + 1
print('not reached')
