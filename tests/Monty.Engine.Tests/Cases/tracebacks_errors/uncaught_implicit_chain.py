# Uncaught exception raised while handling another
print('start')
try:
    int('abc')
except ValueError:
    raise TypeError('conversion failed')
