from collections import defaultdict

counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
tree = lambda: defaultdict(tree)
root = tree()
root['a']['b']['c'] = 1
print(dict(root['a']['b']), 'x' in root, len(root['a']))
labels = defaultdict(lambda: 'unknown', {1: 'one'})
print(labels[1], labels[2], dict(labels), labels.get(3), 3 in labels)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x'], nested['x']['y'], nested['z']['w'])
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
none = defaultdict(None, a=1)
print(none, none['a'])
print(defaultdict(int, [('a', 1)], b=2), defaultdict(list, {'k': [1]}))
counts.default_factory = lambda: -1
print(counts['zz'], dict(counts))
copied = groups.copy()
copied['c'].append('x')
print(type(copied).__name__, copied.default_factory, groups['c'], copied['d'])
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
merged = defaultdict(set)
merged |= {'q': {1}}
print(merged, type(merged).__name__)
print(defaultdict.fromkeys('ab', 0), counts.get('nothing'), counts.setdefault('s', 5), counts.pop('s'))
self_ref = defaultdict(list)
self_ref['me'] = self_ref
print(self_ref)
class Missing(defaultdict):
    def __repr__(self):
        return 'Missing' + dict.__repr__(self)
m = Missing(str)
m['k'] += 'v'
print(m, isinstance(m, defaultdict), m['other'] == '')
for args in [(1,), (list, 1, 2), ('x',)]:
    try:
        defaultdict(*args)
    except TypeError as e:
        print('TypeError', e)
