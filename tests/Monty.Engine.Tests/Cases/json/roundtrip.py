import json
data = {'users': [{'id': i, 'name': 'user' + str(i), 'score': i * 1.25, 'tags': ['a', 'b'][: i % 3], 'active': i % 2 == 0,
                   'meta': None} for i in range(20)], 'total': 20, 'unicode': 'h\u00e9llo w\u00f6rld \u2603'}
text = json.dumps(data)
print(len(text), text[:120])
back = json.loads(text)
print(back == data, back['users'][3])
pretty = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
print(pretty.count('\n'), json.loads(pretty) == data)
print(json.dumps(json.loads('{"x": [1, 2, {"y": "z"}]}')))
