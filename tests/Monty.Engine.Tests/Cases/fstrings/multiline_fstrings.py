# Multi-line and concatenated f-strings
a, b = 1, 2
msg = (f'a={a} '
       f'b={b} '
       'plain')
print(msg)
text = f'''first {a}
second {b}'''
print(text)
print(f'{a}' + f'{b}')
