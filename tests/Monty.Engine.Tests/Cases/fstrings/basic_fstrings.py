# Basic f-string interpolation of names and expressions
name = 'world'
n = 3
print(f'hello {name}')
print(f'{n} + 1 = {n + 1}')
print(F'{name.upper()}!')
print(f'{[1, 2][0]} {(lambda x: x * 2)(4)}')
print(f'{"inner"}', f"{'q'}")
print(f'')
print(f'{n}{n}{n}')
print(f'{None} {True} {1.5}')
