# The format() builtin with various specs
print(format(42), format(42, 'd'), format(42, '>6'), format(42, '<6') + '|')
print(format(3.5), format(3.14159, '.3'), format(3.14159, '.3f'))
print(format('s', '^5') + '|', format(True), format(None))
print(format(255, '#010x'), format(-255, '#x'), format(1000000, ','))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(12.0, 'n'), format(1e100, '.3g'), format(123, 'e'))
print(format(-1.5, '+.1f'), format(1.5, ' .1f'), format(-0.0, '.1f'))
