# Dict equality, len, bool, in
a = {'x': 1, 'y': [1]}
print(len(a), bool(a), bool({}), 'x' in a, 1 in a, 'x' not in a)
print(a == {'y': [1], 'x': 1}, a != {'x': 1})
print(list(reversed(a)), list(reversed(a.items())))
