# find, rfind, index, rindex, count, in
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.rfind('a'), s.rfind('bra'))
print(s.find('a', 1), s.find('a', 1, 3), s.find(''), s.rfind(''))
print(s.index('c'), s.rindex('b'))
print(s.count('a'), s.count('abra'), s.count(''), 'aaaa'.count('aa'))
print('cad' in s, 'dac' in s, '' in s)
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('q')
except ValueError as e:
    print(type(e).__name__, e)
