# Counter, defaultdict, OrderedDict are dicts and namedtuple classes are tuples.
import json
from collections import Counter, defaultdict, OrderedDict, namedtuple

c = Counter('hello world')
d = defaultdict(list)
d['a'].append(1)
o = OrderedDict(a=1, b=2)
P = namedtuple('P', 'x y')
p = P(1, 2)
print(isinstance(c, dict), isinstance(d, dict), isinstance(o, dict), isinstance(p, tuple))
print(issubclass(Counter, dict), issubclass(P, tuple), type(c).__mro__)
print(type(d).__mro__, type(o).__mro__, P.__mro__)
print(json.dumps(c, sort_keys=True), json.dumps(d), json.dumps(o), json.dumps(p))
print(json.dumps({'nested': [c, p, o]}, sort_keys=True))
print(dict(c) == c, sorted(c), tuple(p), list(p), dict(o), list(d.items()))
print(dict(d), type(dict(d)), type(tuple(p)), tuple(p) == p, p == (1, 2), (1, 2) == p)
print(o == {'b': 2, 'a': 1}, {'a': 1, 'b': 2} == o, d == {'a': [1]}, c == dict(c))
print(len(c), len(d), len(o), len(p), 'l' in c, 'z' in c, 1 in p)
print(sorted(c.items()), sorted(c.values())[-1], list(o.keys()), list(o.values()))
print({**o, 'c': 3}, [*p], max(p), sum(p), str(p), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p[-1], p[:1], type(p[:]), p + (3,), p * 2)
print({p: 'point'}[(1, 2)], set([p, (1, 2)]))
m = {}
m.update(c)
print(sorted(m.items())[:3], dict(**o), list(zip(o, p)))
print(isinstance(c, Counter), isinstance(dict(c), Counter), type(c.copy()), type(o.copy()), type(d.copy()))
print(repr(c)[:9], str(o), f'{p}', '%s' % (p,), str(d))
