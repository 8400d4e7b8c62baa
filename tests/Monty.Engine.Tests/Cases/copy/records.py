from copy import deepcopy
base = {'name': 'template', 'tags': ['a'], 'meta': {'count': 0}}
items = []
for i in range(3):
    r = deepcopy(base)
    r['name'] = 'item' + str(i)
    r['tags'].append(str(i))
    r['meta']['count'] = i
    items.append(r)
print(base)
print(items)
