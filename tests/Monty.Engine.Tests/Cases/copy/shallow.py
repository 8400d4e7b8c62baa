import copy
a = [1, [2, 3]]
b = copy.copy(a)
a[1].append(4); a.append(5)
print(a, b, b[1] is a[1], b is a)
d = {'k': [1]}
e = copy.copy(d); d['k'].append(2); d['n'] = 0
print(d, e, copy.copy({1, 2}), copy.copy((1, 2)), copy.copy('s'), copy.copy(5), copy.copy(None), copy.copy(frozenset([1])))
