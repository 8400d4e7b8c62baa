from collections import namedtuple

Point = namedtuple('Point', 'x, y')
p = Point(3, y=4)
print(p, p.x, p.y, p._fields, Point._field_defaults, Point.__doc__, Point.__name__)
print(p._asdict(), p._replace(y=10), Point._make(range(2)), p.__getnewargs__())
print(isinstance(p, tuple), p == (3, 4), p < (3, 5), p[::-1], p.index(4), p.count(3), len(p))
print(Point.x.__doc__, Point.__match_args__, type(p).__module__, Point)
Conf = namedtuple('Conf', ['host', 'port', 'debug'], defaults=[8080, False])
print(Conf('h'), Conf('h', 1), Conf('h', debug=True), Conf._field_defaults)
R = namedtuple('R', 'a def a _b', rename=True)
print(R._fields, R(1, 2, 3, 4))
M = namedtuple('M', 'v', module='shapes')
print(M, M(1), M.__module__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple('One', 'only')
print(One(1), One._make([2]))
class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return 'P3<%d,%d,%d>' % self
q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), Point3._make([0, 0, 0]).norm1)
match p:
    case Point(x, y):
        print('matched', x, y)
pts = sorted([Point(2, 1), Point(1, 2), Point(1, 1)])
print(pts, max(pts, key=lambda t: t.y), dict([Point('k', 'v')]))
tests = [
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, 2, z=3),
    lambda: Conf(),
    lambda: Conf(1, 2, 3, 4),
    lambda: Empty(1),
    lambda: namedtuple('T', 'a b c')(),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: setattr(p, 'x', 1),
    lambda: delattr(p, 'x'),
    lambda: setattr(p, 'other', 1),
    lambda: vars(p),
    lambda: namedtuple('Bad', 'a a'),
    lambda: namedtuple('Bad', 'a _b'),
    lambda: namedtuple('Bad', 'a 1b'),
    lambda: namedtuple('1Bad', 'a'),
    lambda: namedtuple('Bad', 'a class'),
    lambda: namedtuple('class', 'a'),
    lambda: namedtuple('Bad', 'a b', defaults=[1, 2, 3]),
    lambda: namedtuple('Bad', ['a', 2]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
