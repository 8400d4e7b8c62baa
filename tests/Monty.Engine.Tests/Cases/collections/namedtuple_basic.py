from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, list(p), p == (1, 2), p == Point(1, 2), tuple(p))
print(p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
print(hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
print(Point.__name__, p.count(1), p.index(2))
