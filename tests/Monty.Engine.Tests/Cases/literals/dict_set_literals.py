# Dict and set literals, including the empty ones
print({}, type({}).__name__)
print({'a': 1, 'b': 2})
print({1: 'one', 2: 'two',})
d = {'x': 1, 'x': 2}
print(d)
print(sorted({3, 1, 2}), type({1}).__name__)
print(set(), len(set()))
print(sorted({1, 1, 1, 2}), len({1, 1, 1, 2}))
print({(1, 2): 'tuple key', None: 'none key'})
print({1: 'a', 1.0: 'b', True: 'c'})
