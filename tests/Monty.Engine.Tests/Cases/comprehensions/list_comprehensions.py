# List comprehensions with conditions and nesting
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() if c in 'aeiou' else c for c in 'education'])
print([x for row in [[1, 2], [3], []] for x in row])
