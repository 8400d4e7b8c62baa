# center, ljust, rjust, zfill, expandtabs
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']')
print('[' + 'abc'.center(6) + ']', '[' + 'abc'.center(2) + ']')
print('[' + 'x'.ljust(4, '.') + ']', '[' + 'x'.rjust(4, '.') + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('a\tbc\td'.expandtabs(4), '|' + '\t'.expandtabs() + '|')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
