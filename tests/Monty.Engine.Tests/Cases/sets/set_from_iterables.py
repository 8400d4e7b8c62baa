# Building sets from different iterables
print(sorted(set(range(5))), sorted(set((1, 1, 2))), sorted(set({'k': 1, 'j': 2})))
print(sorted(set(x * x % 7 for x in range(10))))
print(len(set('hello')), sorted(set('hello')))
print(sorted({*range(3), *[5]}))
