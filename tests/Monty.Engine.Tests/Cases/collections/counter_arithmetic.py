from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b)
print(+a, -a, a.total(), b.total(), Counter().total())
print(a.most_common(), a.most_common(2), a.most_common(0), a.most_common(-1), b.most_common(10))
print(sorted(Counter('abracadabra').elements()), list(Counter(x=2, y=0, z=-1).elements()))
c = Counter('aab')
c.update('bcc')
c.update({'a': 10})
c.update(d=5)
print(c)
c.subtract('aaz')
c.subtract({'b': 1}, )
c.subtract(d=7)
print(c, c['z'], c['missing'], 'missing' in c)
c['q'] += 1
c['q'] += 1
del c['never-there']
del c['q']
print(c)
x = Counter('mississippi')
x += Counter('sip')
print(x)
x -= Counter(s=10)
print(x)
x |= Counter(m=4)
print(x)
x &= Counter(m=2, i=9, p=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter() == Counter(z=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=1))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=0) == {})
print([Counter(a=0)] == [Counter()], Counter() in [Counter(a=0)])
print(Counter(['x', 'y', 'x']), Counter({'k': 2}), Counter(), Counter(a=2.5, b=1))
print(Counter({'a': 'x', 'b': 1}))
print(sorted(Counter('the quick brown fox jumps over the lazy dog'.split()).items()))
words = Counter()
for w in 'a b a c b a'.split():
    words[w] += 1
print(words, words.most_common(1)[0])
checks = [
    ('Counter + dict', lambda: Counter(a=1) + {'a': 1}),
    ('Counter <= dict', lambda: Counter(a=1) <= {'a': 2}),
    ('two positionals', lambda: Counter(1, 2)),
    ('not iterable', lambda: Counter(5)),
    ('fromkeys', lambda: Counter.fromkeys('ab')),
    ('hash', lambda: hash(Counter())),
    ('float count', lambda: list(Counter(a=1.5).elements())),
]
for label, check in checks:
    try:
        print(label, '->', check())
    except (TypeError, NotImplementedError) as e:
        print(label, '->', type(e).__name__, e)
