# slice objects and indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = 'abcdefghij'
print(data[s], data[slice(None, None, -3)], data[slice(-4, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
