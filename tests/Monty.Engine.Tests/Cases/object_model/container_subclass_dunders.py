# Engine support that dict/list/tuple subclasses (like collections' classes) rely on.
class Defaulting(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value

d = Defaulting(a=1)
print(d['a'], d['abc'], d, dict.__getitem__(d, 'zz'), d.get('q'), 'q' in d)

class Logged(dict):
    def __setitem__(self, key, value):
        print('set', key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)

    def __repr__(self):
        return 'Logged' + dict.__repr__(self)

lg = Logged()
lg['x'] = 1
lg['y'] = 2
del lg['x']
print(lg, str(lg), [lg])

class Stack(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

    def __lt__(self, other):
        return list.__lt__(self, other)

s = Stack([1, 2])
s[0] = 5
list.__delitem__(s, 1)
print(s, s < [51], Stack([1]) < Stack([2]), list.__repr__(s))

class Ordered(dict):
    def __eq__(self, other):
        if isinstance(other, Ordered):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

a, b = Ordered(x=1, y=2), Ordered(y=2, x=1)
print(a == b, a != b, a == {'y': 2, 'x': 1}, [a] == [b], {'k': a} == {'k': b}, (a,) == (Ordered(a),), a in [b])

class Pair(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

p = Pair(1, 2)
print(p[:], type(p[:]).__name__, type(p[0:1]).__name__, p == (1, 2))
try:
    p.extra = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    vars(p)
except TypeError as e:
    print('TypeError', e)

class Free(tuple):
    pass

f = Free((1,))
f.note = 'ok'
print(f.note, vars(f))
Pair.__module__ = 'geometry'
Pair.__qualname__ = 'Geometry.Pair'
print(Pair, Pair.__module__, Pair.__qualname__, Pair.__name__)
