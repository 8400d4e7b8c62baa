# Dict keeps insertion order; deleting and reinserting moves key to end
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
d['a'] = 10
print(d, list(d))
d['b'] = 20
print(d)
d.pop('b')
d['b'] = 30
print(d)
print({1: 'a', 1.0: 'b', True: 'c'})
d2 = {True: 'x'}
d2[1] = 'y'
print(d2)
