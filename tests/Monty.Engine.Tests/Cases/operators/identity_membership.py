# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, 'b' in 'abc', 'ab' in 'xaby')
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]])
print('k' in {'k': 1}, 1 in {'k': 1}, 3 in range(5), 5 in range(5))
print(id(a) == id(b), id(a) == id(c))
