# print with multiple types, empty args, and unusual separators
print(1, 'a', None, [1], {'k': (1,)}, 2.0, True, b'x')
print('', '')
print('a', 'b', sep='\n')
print('tab', 'sep', sep='\t')
print('multi', 'char', sep=' <-> ', end=' [end]\n')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
