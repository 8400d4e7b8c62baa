# Sets for dedup and membership
words = ['b', 'a', 'b', 'c', 'a']
uniq = set(words)
print(len(uniq), sorted(uniq), 'a' in uniq, 'z' in uniq)
print(sorted(set('mississippi')))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print({1, 1.0, True}, len({0, False, 0.0}))
