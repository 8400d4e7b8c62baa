# f-strings containing different quote styles and nested f-strings
d = {'key': 'val'}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f'''{d['key']} and {d["key"]}''')
inner = 5
print(f"outer {f'inner {inner}'}")
print(f'{"," .join(["a", "b"])}')
