class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), bool(V(0, 0)), len(a), a[1], list(a), 2 in a, a(10))
print(a == V(1, 2), a != b, a < b, sorted([b, a]), max([a, b]), sum([a, b]))
print({a: 1, V(1, 2): 2}, {a, V(1, 2), b} == {a, b})
x, y = a
print(x, y, [v for v in b], str(a), f"{a}", f"{a!r:>12}", "%s" % (a,))
a += b
print(a)
print([a, b], (a,), {'k': b})
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = P()
p.v = 5
print(p.v)
try:
    p.v = -1
except ValueError as e:
    print(e)
del p.v
print(hasattr(p, '_v'), getattr(p, 'zz', 'dflt'))
class G:
    def __getattr__(self, name):
        return name.upper()
g = G()
print(g.hello, getattr(g, 'abc'))
class S:
    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v * 2)
s = S()
s.q = 4
print(s.q, vars(s))
