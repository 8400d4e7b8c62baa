# partition and rpartition
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
print(''.partition('x'))
try:
    'a'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
