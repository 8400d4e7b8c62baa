# json.dumps (3 times) of a ~1.1 MB document (5 000 records of mixed types); the records are built cheaply
# so the time is the encoder's.
import json

records = [{"id": i, "name": "user-" + str(i), "email": "user" + str(i) + "@example.com", "score": i * 0.75,
            "active": i % 3 == 0, "tags": ["alpha", "beta", "caf\u00e9"], "parent": None,
            "address": {"city": "Paris", "zip": str(75000 + i % 100), "geo": [48.85, 2.35]}} for i in range(5000)]
for _ in range(3):
    text = json.dumps({"count": len(records), "records": records})
print(len(text), text.count('"'), text[-60:])
