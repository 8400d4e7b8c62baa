from collections import Counter, defaultdict, deque, OrderedDict
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]:
    graph[a].append(b)
seen, queue, order = set(), deque(["a"]), []
while queue:
    node = queue.popleft()
    if node in seen:
        continue
    seen.add(node)
    order.append(node)
    queue.extend(graph[node])
print(order)
letters = Counter("".join(order * 2))
print(letters.most_common(1), OrderedDict(sorted(letters.items())))
