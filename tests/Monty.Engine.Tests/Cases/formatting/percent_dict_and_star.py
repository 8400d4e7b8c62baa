# % formatting with mapping keys and * widths
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|' % (6, 42))
print('%-*s|' % (6, 'ab'))
print('%.*f' % (3, 2.0 / 3))
print('%(x)05.1f' % {'x': 2.25})
print('%s' % ((1, 2),))
