from collections import OrderedDict

a = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
b = OrderedDict([('z', 3), ('y', 2), ('x', 1)])
print(a == b, a != b, dict(a) == dict(b), a == dict(b), dict(b) == a)
print([a] == [b], {'k': a} == {'k': OrderedDict(a)})
a.move_to_end('x')
print(list(a), a)
a.move_to_end('z', last=False)
print(list(a), a.popitem(), a.popitem(last=False), a)
print(list(reversed(b)), list(reversed(b.items())), next(iter(b)))
c = OrderedDict.fromkeys('abc', 0)
c['a'] = 9
print(c, type(c).__name__, c.copy() == c, type(c.copy()).__name__)
del c['b']
c['b'] = 1
print(c, c.pop('a'), c.setdefault('q', 7), c)
c.update({'n': 1}, m=2)
print(c, len(c), 'n' in c)
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1), type({'b': 2} | OrderedDict(a=1)).__name__)
d = OrderedDict(a=1)
d |= [('c', 3)]
print(d, OrderedDict(), repr(OrderedDict(one=1)))
d['self'] = d
print(d)
e = OrderedDict()
for i in range(5):
    e[i % 3] = i
print(e, list(e.items()))
print(list(OrderedDict.fromkeys('mississippi')), ''.join(OrderedDict.fromkeys('hello world')))
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k'), lambda: OrderedDict(1, 2),
          lambda: hash(OrderedDict())]:
    try:
        f()
    except (KeyError, TypeError) as err:
        print(type(err).__name__, err)
for f in [lambda: OrderedDict() < OrderedDict(), lambda: OrderedDict(a=1) + OrderedDict()]:
    try:
        f()
    except TypeError as err:
        print(type(err).__name__, err)
