# split, rsplit, splitlines, join
print('a,b,,c'.split(','))
print('  a  b \t c\n'.split())
print('a b c d'.split(' ', 2))
print('a b c d'.rsplit(' ', 2))
print(''.split(), ''.split(','))
print('a\nb\r\nc\rd'.splitlines())
print('a\nb\n'.splitlines(True))
print('-'.join(['x', 'y', 'z']), ''.join([]))
print(', '.join(str(i) for i in range(4)))
print('abc'.split('abc'), 'xaxbx'.split('x'))
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '-'.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
