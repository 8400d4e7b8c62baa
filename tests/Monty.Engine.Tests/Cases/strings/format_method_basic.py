# str.format positional, keyword, indexing and attribute-free fields
print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('a', 'b'))
print('{x}-{y}'.format(x=1, y=2))
print('{0[1]} {d[k]}'.format([10, 20], d={'k': 'v'}))
print('{{}} {{{0}}}'.format(5))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{name}'.format()
except KeyError as e:
    print(type(e).__name__, e)
