# Invalid format spec raises ValueError (uncaught)
x = 'text'
print(f'{x:>10}|')
print(f'{x:d}')
