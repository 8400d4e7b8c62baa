import re
patterns = ['(', ')', '[a', '*a', 'a**', '\\', '\\q', '(?P<1a>x)', '(?P=nope)', '(?P<a>x)(?P<a>y)', '[z-a]', 'a{3,2}',
            '(?<=a+)b', '\\1', '(?x', 'a(?i)b', '(?z)', '(?P<a', '(?P', '{1,2}', 'a{1,2}{3}', '(?<!ab|c)d', '[\\d-z]',
            '(a)\\2', '(?P<n>a)(?P=n', '\\x4', '\\u12', '\\N{foo}', '[]', 'a\n(b', '(?', '(?#abc', '\\8', '(?<a>x)', '+']
for p in patterns:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
