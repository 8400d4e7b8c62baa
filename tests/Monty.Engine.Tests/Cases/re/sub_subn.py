import re
print(re.sub(r'\s+', ' ', 'a   b \t\n c'), re.sub('a', 'b', 'aaa', count=2), re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn('z', 'y', 'abc'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site ann@host'))
print(re.sub(r'(a)', r'[\1\g<1>\g<0>]', 'cat'), re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', r'\.', 'a')))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'), re.subn('o', lambda m: m.group().upper(), 'foo boo'))
print(re.sub('a', lambda m: None, 'banana'), re.sub('(x)?b', r'[\1]', 'b'), re.sub('a', '', 'banana'))
calls = []
def repl(m):
    calls.append(m.start())
    return '<' + m.group() + '>'
print(re.sub(r'\w+', repl, 'hi there'), calls)
p = re.compile(r'(?P<n>\d)')
print(p.sub(r'\g<n>\g<n>', 'a1b2'), p.subn('', 'a1b2', 1), re.sub('(?i)A', '*', 'aAbB'))
for bad in [lambda: re.sub('a', lambda m: 5, 'abc'), lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\q', 'a'),
            lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', r'\g<1', 'a'), lambda: re.sub('a', 5, 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
