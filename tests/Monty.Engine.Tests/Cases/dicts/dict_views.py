# keys/values/items views are dynamic
d = {'x': 1, 'y': 2}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it))
d['z'] = 3
print(list(k), list(v), list(it), len(k))
print('x' in k, 2 in v, ('y', 2) in it, ('y', 3) in it)
print(sorted(k & {'x', 'q'}), sorted(k | {'w'}), sorted(k - {'x'}))
print(k)
print(v)
print(it)
