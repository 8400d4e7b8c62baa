# str methods on non-ASCII text
s = 'Ünïcödé Straße'
print(s.lower(), s.upper(), s.swapcase(), s.title())
print(s.isalpha(), 'Ünïcödé'.isalpha(), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
print('ΑΒΓ'.lower(), 'αβγ'.upper(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print(s.center(20, '·'), s.split('ö'), s.replace('ß', 'ss'))
print(sorted('äaözb'), 'é' < 'f', max('aé'))
