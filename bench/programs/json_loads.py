# json.loads (3 times) of a ~1.3 MB document: 5 000 records of mixed types. The text is made by repeating
# one record, so nearly all the time is the parser's.
import json

record = ('{"id": 12345, "name": "user-12345", "email": "user12345@example.com", "score": 9258.75, "active": true, '
          '"tags": ["alpha", "beta", "caf\\u00e9"], "parent": null, "bio": "line one\\nline \\"two\\"", '
          '"address": {"city": "Paris", "zip": "75045", "geo": [48.85, 2.35e-3, -1]}}')
text = '{"count": 5000, "records": [' + ", ".join([record] * 5000) + ']}'
for _ in range(3):
    data = json.loads(text)
print(len(text), data["count"], len(data["records"]), data["records"][-1]["address"], data["records"][4999]["bio"])
