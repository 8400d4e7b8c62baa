from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d)
print(d["a"], d["missing"], len(d), "zzz" in d)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), dict(counts))
nd = defaultdict(lambda: "n/a")
print(nd["x"], nd.get("y"), list(nd))
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
