# Tuple creation, indexing, slicing and immutability
t = (1, 'two', 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
