# Literal braces in f-strings via {{ and }}
x = 7
print(f'{{}}')
print(f'{{x}}')
print(f'{{{x}}}')
print(f'set: {{{x}, {x + 1}}}')
print(f'}}{{')
