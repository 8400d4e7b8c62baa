# get, setdefault, pop, popitem, update, copy, clear
d = {'a': 1}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('b', 2), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
d.update({'c': 3}, d=4)
d.update([('e', 5)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c)
d.clear()
print(d, len(d))
