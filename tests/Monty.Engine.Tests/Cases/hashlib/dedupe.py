import hashlib
docs = ["alpha", "beta", "alpha", "gamma", "beta"]
seen = {}
for d in docs:
    key = hashlib.md5(d.encode("utf-8")).hexdigest()[:8]
    seen.setdefault(key, []).append(d)
for key in sorted(seen):
    print(key, seen[key])
print(int(hashlib.sha256(b"bucket").hexdigest(), 16) % 10)
