# Ordering comparisons between unrelated types raise TypeError
pairs = [(1, 'a'), ('a', 1), (None, 0), ([1], 1), ({}, {}), ((1,), [1]), ({1}, 1)]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
