# add, remove, discard, pop, clear, update variants
s = {1}
s.add(2); s.add(2)
print(sorted(s))
s.update([3, 4], (5,))
print(sorted(s))
s.discard(99); s.discard(1)
print(sorted(s))
s.remove(2)
print(sorted(s))
try:
    s.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
s.intersection_update({3, 4, 10}); print(sorted(s))
s.difference_update([3]); print(sorted(s))
s.symmetric_difference_update({4, 7}); print(sorted(s))
s |= {8}; s &= {7, 8}; s -= {7}; s ^= {1}
print(sorted(s))
s.clear(); print(s, len(s))
