# popitem is LIFO and raises KeyError when empty
d = {'a': 1, 'b': 2, 'c': 3}
while d:
    print(d.popitem())
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
