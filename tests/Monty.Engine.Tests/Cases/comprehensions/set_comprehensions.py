# Set comprehensions (printed sorted)
s = {x % 4 for x in range(20)}
print(sorted(s), len(s))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print(sorted({w[0] for w in words}))
print(sorted({len(w) for w in words}))
print({1 for _ in range(10)})
