# Changing dict size during iteration raises RuntimeError
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d) >= 3)
d2 = {'x': 1, 'y': 2}
for k in list(d2):
    d2[k * 2] = d2.pop(k)
print(d2)
