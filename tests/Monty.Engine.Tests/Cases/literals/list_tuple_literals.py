# Container literals: lists, tuples, nesting, trailing commas
print([], [1], [1, 2, 3,], [[1, 2], [3, [4, 5]]])
print((), (1,), (1, 2), ((1,), (2, 3)))
t = 1, 2, 3
print(t, type(t).__name__)
one = 5,
print(one, len(one))
print([1, 'a', None, True, 2.5, (1, 2)])
print((1) == 1, (1,) == 1)
print(repr([]), repr(()), repr([()]), repr(([],)))
