# Failing assert with message ends the program
x = 5
assert x > 0, 'x must be positive'
print('first assert ok')
assert x > 10, f'x too small: {x}'
print('not reached')
