# Iterating dicts: keys, values, items in insertion order
d = {'z': 1, 'a': 2, 'm': 3}
for k in d:
    print(k, end=' ')
print()
for v in d.values():
    print(v, end=' ')
print()
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
for k in sorted(d):
    print(k, end=' ')
print()
