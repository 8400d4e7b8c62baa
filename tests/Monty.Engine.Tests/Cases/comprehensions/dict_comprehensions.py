# Dict comprehensions, including key collisions
print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print({x % 3: x for x in range(10)})
d = {'a': 1, 'b': 2}
print({v: k for k, v in d.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
