# Arbitrary expressions inside f-strings
items = [3, 1, 2]
print(f'{sorted(items)} {len(items)} {sum(items) / len(items)}')
print(f'{"yes" if items else "no"}')
print(f'{[i * i for i in items]}')
print(f'{items[-1]:>3}')
print(f'{ {"a": 1}["a"] }')
print(f'{1 if True else 2}')
print(f'{(x := 5)} {x}')
