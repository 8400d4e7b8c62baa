import re
print(re.findall('a', 'aAa', re.I), re.findall('^x', 'x\nx', re.M), re.findall('a.b', 'a\nb', re.S), re.findall('a.b', 'a\nb'))
print(re.findall(r'''\d+  # digits
                     \s*  # space''', '12 34', re.X), re.match(r'(?x) a b c', 'abc'))
print(re.findall(r'\w+', 'café naïve', re.A), re.findall(r'\w+', 'café naïve'), re.findall(r'(?a)\d', '1٣2'), re.findall(r'\d', '1٣2'))
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.I | re.M), int(re.NOFLAG))
print(re.compile('a', re.I).flags, re.compile('a').flags, re.compile('(?s)a').flags, re.compile('a', re.A).flags)
print(repr(re.compile('a', re.I | re.S)), repr(re.compile(r'\d+')), repr(re.compile('x', re.A)))
print(re.search('(?i:A)b', 'ab'), re.search('(?i:A)b', 'aB'), re.match('(?-i:a)B', 'aB', re.I), re.match('(?-i:a)b', 'Ab', re.I))
print(re.findall(r'\s', ' \t\n\x0b\x0c\r\x1c\xa0'), re.findall(r'(?a)\s', ' \t\x1c\xa0'))
for bad in [lambda: re.compile('a', re.A | re.U), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
