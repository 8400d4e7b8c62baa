# Unicode digits and whitespace in predicates and int()
print('٣'.isdigit(), '٣'.isdecimal(), int('٣٤'), int('１２'), float('٣.٥'))
print('\u2003'.isspace(), 'a\u2003b'.split(), '\u00a0x\u00a0'.strip())
print('Ⅻ'.isnumeric(), 'Ⅻ'.isdigit(), '²'.isdigit(), '²'.isdecimal())
