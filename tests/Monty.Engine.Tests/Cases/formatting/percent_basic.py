# printf-style % formatting basics
x = 3.14159
print('%5.1f|' % x)
print('%-5d|' % 3)
print('%r %s %%' % ('a', 'a'))
print('%d %i %s' % (42, -7, [1]))
print('%05d|%+d|% d|%x|%X|%o|%#x|%#o' % (42, 42, 42, 255, 255, 8, 255, 8))
print('%e|%E|%g|%G' % (12345.678, 0.00012, 1e-7, 1e20))
print('%c%c' % (72, 'i'))
print('%s' % (1, ), '%s' % 'alone', '%s' % [1, 2])
