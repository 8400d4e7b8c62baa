import re
m = re.search(r'(?P<k>\w+)=(?P<v>\w*)', '  key=value  ')
print(m.expand(r'\g<v>:\g<k> \2 \g<0>'), m.regs, m.span(1), m.start('v'), m.end(0))
print(repr(m), str(m), type(m).__name__, type(re.compile('a')).__name__, isinstance(m, re.Match), isinstance(re.compile('a'), re.Pattern))
e = re.match(r'(a)(x)?', 'a')
print(e.span(2), e.start(2), e.end(2), e.groups(), e.expand(r'[\2]'))
u = re.search('é+', 'caféé!')
print(u.span(), u.group(), re.search('b', '😀😀b').span(), re.search('.', '😀').group() == '😀')
print(re.compile('a').match('a').re.pattern, re.match('a', 'a').string)
for bad in [lambda: m.group(5), lambda: m.span('zz'), lambda: m.expand(r'\9'), lambda: m.start(1, 2)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
