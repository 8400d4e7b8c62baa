from collections import defaultdict
tree = defaultdict(lambda: defaultdict(set))
tree["a"]["x"].add(1)
tree["a"]["y"].add(2)
tree["b"]["x"].add(3)
print(sorted(tree), sorted(tree["a"]), tree["b"]["x"])
d = defaultdict(list, {"k": [1]})
print(d, d.default_factory)
print(d.pop("k"), d.setdefault("q", 5), d)
