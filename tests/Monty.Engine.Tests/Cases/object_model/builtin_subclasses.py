class D(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
d = D(a=1)
d['b'] += 5
print(d, len(d), isinstance(d, dict), type(d).__name__, sorted(d.items()), d.get('a'))
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(10)
l.sort()
print(l, l.total(), l[0], len(l), type(l).__name__, l + [1])
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"P(x={self[0]}, y={self[1]})"
p = P(1, 2)
print(p, p.x, p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), {p: 1})
a, b = p
print(a, b)
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, v):
        self.append(v)
s = Stack("s")
s.push(1); s.push(2)
print(s, s.name, vars(s))
class Cnt(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
c = Cnt(x=2)
print(c['x'], c)
