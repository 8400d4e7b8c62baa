# str.format with nested specs and conversions
x = 3.14159
print('{:{w}.{p}f}'.format(x, w=8, p=2))
print('{0:{1}}|'.format('ab', 5))
print('{:>{}}|'.format('r', 4))
print('{0:.{1}f} {0:.{2}f}'.format(x, 1, 3))
print('{:,}'.format(10 ** 9), '{:_b}'.format(255))
print('{!r:>8}|'.format('q'))
print('{0}{0}{0}'.format('ha'))
