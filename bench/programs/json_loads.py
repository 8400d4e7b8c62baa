# json.loads of a ~1 MB document (5 000 records of mixed types, built by joining text).
import json

parts = []
for i in range(5000):
    parts.append('{"id": %d, "name": "user-%d", "email": "user%d@example.com", "score": %s, "active": %s, '
                 '"tags": ["alpha", "beta", "caf\\u00e9"], "parent": null, '
                 '"address": {"city": "Paris", "zip": "%d", "geo": [48.85, 2.35]}}'
                 % (i, i, i, repr(i * 0.75), "true" if i % 3 == 0 else "false", 75000 + i % 100))
text = '{"count": 5000, "records": [' + ", ".join(parts) + ']}'
data = json.loads(text)
print(len(text), data["count"], len(data["records"]), data["records"][-1]["address"], data["records"][4999]["score"])
