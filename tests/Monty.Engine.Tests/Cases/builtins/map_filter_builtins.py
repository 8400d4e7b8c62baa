# map and filter are lazy iterators
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
m = map(lambda x: print('map', x) or x, [1, 2])
print('map created')
print(next(m))
print(list(m), list(m))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
