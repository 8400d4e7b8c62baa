# Nested replacement fields inside format specs
x = 3.14159
for w, p in [(8, 2), (10, 4), (4, 0)]:
    print(f'[{x:{w}.{p}f}]')
align = '>'
fill = '*'
print(f'[{"ab":{fill}{align}6}]')
width = 5
print(f'[{42:0{width}d}]')
spec = '.3f'
print(f'{x:{spec}}')
