# Generators consumed by builtins
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(dict((str(i), i) for i in range(3)))
print(''.join(c.upper() for c in 'abc'))
print(tuple(x for x in 'hi'), set(x % 2 for x in range(5)) == {0, 1})
