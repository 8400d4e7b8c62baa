import copy
from collections import Counter, defaultdict, OrderedDict, namedtuple
P = namedtuple('P', 'x y')
c = Counter('aab'); d = defaultdict(list, {'k': [1]}); o = OrderedDict(a=[1], b=2); p = P([1], 2)
for x in [c, d, o, p]:
    s = copy.copy(x); dc = copy.deepcopy(x)
    print(type(s).__name__, s, s == x, s is x, type(dc).__name__, dc, dc == x, dc is x)
dc = copy.deepcopy(d); dc['k'].append(2); dc['new'].append(3); print(d, dc)
dp = copy.deepcopy(p); dp.x.append(9); print(p, dp)
class L(list):
    pass
l = L([1, [2]]); l.tag = 't'
m = copy.deepcopy(l); m[1].append(3)
print(type(m).__name__, m, l, m.tag, copy.copy(l) == l, type(copy.copy(l)).__name__)
