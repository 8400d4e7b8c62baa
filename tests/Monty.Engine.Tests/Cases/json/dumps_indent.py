import json
doc = {'name': 'x', 'items': [1, [2, 3], {'k': None}], 'empty_list': [], 'empty_dict': {}, 'n': 1.5}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps([1, {'a': []}], indent='\t'))
print(json.dumps(doc, indent=4, sort_keys=True, separators=(',', ' = ')))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2))
print(repr(json.dumps([1, 2], indent=-1)))
