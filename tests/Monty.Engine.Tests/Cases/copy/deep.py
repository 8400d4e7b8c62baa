import copy
a = [1, [2, 3], {'k': [4], 't': (5, [6])}]
c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5); a[2]['t'][1].append(7)
print(a)
print(c, c[1] is a[1], c[2]['t'] is a[2]['t'])
t = (1, 'x', (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy({1, 2}), copy.deepcopy(frozenset([1])), copy.deepcopy('s'))
