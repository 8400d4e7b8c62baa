# Assignment to subscripts and nested containers
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
d = {'a': {'b': 1}}
d['a']['c'] = 2
d['x'] = [1]
d['x'][0] += 10
print(d)
lst = [1, 2, 3]
lst[-1] = 'last'
print(lst)
try:
    lst[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
