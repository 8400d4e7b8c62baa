# Formatting with non-ASCII text and padding (code-point based)
name = 'José'
print(f'[{name:>8}]', f'[{name:*^9}]', f'[{"😀":-<4}]')
print('{:5}|'.format('ñ'), '%-6s|' % 'ü', '%3s|' % '😀')
print(len(f'{name:>8}'))
