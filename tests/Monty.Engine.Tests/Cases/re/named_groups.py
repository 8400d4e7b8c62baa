import re
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', '2024-03-15T10:00')
print(m.group('year'), m['month'], m.groupdict(), m.span('day'), m.start('month'), m.lastgroup, m.lastindex)
p = re.compile(r'(?P<word>\w+) (?P=word)')
print(p.search('this is is a test'), p.groups, p.groupindex, p.pattern)
m = re.match(r'(?P<a>x)?(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict('none'), m.group('a'), m.lastgroup)
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group(10))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(?P<o>(?P<i>a))', 'a').lastgroup)
for g in [3, 'nope', -1]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
